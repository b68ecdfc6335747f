package com.tasksync.emulator.admin;

import java.util.Locale;

/** What an injected fault does to a matching call. */
public enum FaultKind {
    /** Answers with an HTTP status and a Salesforce error body; the handler never runs. */
    STATUS,
    /** Waits, then handles the call as usual. */
    LATENCY,
    /** Closes the connection without an answer; nothing is processed. */
    DROP,
    /** Processes and commits the call, then closes the connection without an answer. */
    LOSE_RESPONSE;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static FaultKind fromWire(String text) {
        for (FaultKind kind : values()) {
            if (kind.wireName().equals(text)) {
                return kind;
            }
        }
        return null;
    }
}
