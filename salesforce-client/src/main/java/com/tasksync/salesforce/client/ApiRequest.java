package com.tasksync.salesforce.client;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * One REST call to make: method, path under the instance URL (with its query string), optional
 * JSON body, extra headers, and whether repeating it after a lost response is harmless.
 */
record ApiRequest(String method, String path, JsonNode body, Map<String, String> headers, boolean safeToRepeat) {

    ApiRequest {
        headers = Map.copyOf(headers);
    }

    static ApiRequest get(String path) {
        return new ApiRequest("GET", path, null, Map.of(), true);
    }

    static ApiRequest delete(String path) {
        return new ApiRequest("DELETE", path, null, Map.of(), true);
    }

    /** A POST is never repeated after a lost response: it may have been committed. */
    static ApiRequest post(String path, JsonNode body) {
        return new ApiRequest("POST", path, body, Map.of(), false);
    }

    /** A PATCH sets field values (update, upsert by external ID), so sending it twice leaves the same record. */
    static ApiRequest patch(String path, JsonNode body) {
        return new ApiRequest("PATCH", path, body, Map.of(), true);
    }

    ApiRequest withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new ApiRequest(method, path, body, more, safeToRepeat);
    }
}
