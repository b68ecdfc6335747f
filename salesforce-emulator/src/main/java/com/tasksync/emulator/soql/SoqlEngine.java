package com.tasksync.emulator.soql;

import com.tasksync.emulator.data.Schema;

/** Parses and checks SOQL against an org's schema. */
public final class SoqlEngine {

    private SoqlEngine() {
    }

    /**
     * The checked query, or an {@link com.tasksync.emulator.http.ApiException} 400 with
     * MALFORMED_QUERY, INVALID_FIELD or INVALID_TYPE and Salesforce's message.
     */
    public static SoqlQuery compile(String soql, Schema schema) {
        throw new IllegalStateException("SOQL engine not built yet");
    }
}
