package com.tasksync.salesforce.client;

import java.util.Collection;
import tools.jackson.databind.JsonNode;

/** One page of a query result; {@code nextRecordsUrl} is null on the last page. */
record QueryPage(long totalSize, boolean done, String nextRecordsUrl, Collection<JsonNode> records) {

    static QueryPage from(JsonNode json) {
        boolean done = json.path("done").asBoolean(true);
        String next = done ? null : json.path("nextRecordsUrl").asString(null);
        return new QueryPage(json.path("totalSize").asLong(), done, next, json.path("records").values());
    }
}
