package com.tasksync.sync;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Where a user's sync stands: off, running its first import, syncing continuously, failed, or
 * waiting for the user to (re)connect Salesforce, or to say what becomes of the tasks linked to another
 * org than the one now connected ({@code org_changed}). Two more are shown but never stored: retrying
 * (calls to Salesforce fail and TaskSync tries again) and degraded (sync runs but holds work back
 * or has tasks that need the user), both with the problem that explains them.
 */
public enum SyncState {
    OFF, IMPORTING, SYNCING, ERROR, RECONNECT, ORG_CHANGED, RETRYING, DEGRADED;

    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    static SyncState of(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
