package com.tasksync.salesforce.client;

import com.tasksync.salesforce.client.record.SalesforceDateTimes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** The answer of getUpdated: ids changed in the window, and the time to start the next window from. */
public record UpdatedRecords(List<String> ids, Instant latestDateCovered) {

    public UpdatedRecords {
        ids = List.copyOf(ids);
    }

    static UpdatedRecords from(JsonNode json) {
        List<String> ids = new ArrayList<>();
        json.path("ids").forEach(id -> ids.add(id.asString()));
        return new UpdatedRecords(ids, SalesforceDateTimes.parseDateTime(json.path("latestDateCovered").asString()));
    }
}
