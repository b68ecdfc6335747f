package com.tasksync.sync;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Where a user's sync stands: off, running its first import, syncing continuously, failed,
 * or waiting for the user to (re)connect Salesforce.
 */
public enum SyncState {
    OFF, IMPORTING, SYNCING, ERROR, RECONNECT;

    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    static SyncState of(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
