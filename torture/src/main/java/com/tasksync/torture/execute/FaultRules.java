package com.tasksync.torture.execute;

import com.tasksync.torture.http.Json;
import tools.jackson.databind.node.ObjectNode;

/**
 * Fault bodies for the emulator's {@code POST /__admin/faults}. The engine writes through sObject
 * Collections and reads with {@code query}/{@code queryAll}; the rep's own Salesforce calls use
 * {@code /sobjects/Task}, so only an outage of every data call touches both.
 */
final class FaultRules {

    static final String WRITES = "/services/data/[^/]+/composite/sobjects(/.*)?";
    static final String QUERIES = "/services/data/[^/]+/query(All)?(/.*)?";
    static final String ALL_DATA = "/services/data/.*";

    private FaultRules() {
    }

    static ObjectNode status(String pathRegex, int status, String errorCode, String message) {
        return Json.object().put("method", "*").put("pathRegex", pathRegex).put("kind", "status").put("status", status)
                .put("errorCode", errorCode).put("message", message);
    }

    static ObjectNode of(String kind, String pathRegex) {
        return Json.object().put("method", "*").put("pathRegex", pathRegex).put("kind", kind);
    }

    static ObjectNode latency(String pathRegex, long millis) {
        return of("latency", pathRegex).put("latencyMillis", millis);
    }
}
