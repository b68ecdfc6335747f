package com.tasksync.emulator.soql;

import com.tasksync.emulator.schema.Schema;

/** Parses and checks SOQL against an org's schema. */
public final class SoqlEngine {

    private SoqlEngine() {
    }

    /**
     * The checked query, or an {@link com.tasksync.emulator.http.ApiException} 400 with
     * MALFORMED_QUERY, INVALID_FIELD, INVALID_TYPE, INVALID_QUERY_FILTER_OPERATOR or
     * NUMBER_OUTSIDE_VALID_RANGE and Salesforce's message.
     */
    public static SoqlQuery compile(String soql, Schema schema) {
        if (soql == null || soql.isBlank()) {
            throw SoqlErrors.plain(SoqlErrors.MALFORMED_QUERY, "unexpected token: '<EOF>'");
        }
        return new Parser(soql, schema).parse();
    }
}
