package com.tasksync.salesforce.client;

import com.tasksync.salesforce.client.record.SalesforceDateTimes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The answer of getDeleted. When {@code earliestDateAvailable} is after the window's start,
 * deletes in between may have been purged and are not listed: treat that as a gap to reconcile.
 */
public record DeletedRecords(List<DeletedRecord> deletedRecords, Instant earliestDateAvailable,
        Instant latestDateCovered) {

    public DeletedRecords {
        deletedRecords = List.copyOf(deletedRecords);
    }

    /** True when purged deletes may be missing from a window that started at {@code start}. */
    public boolean mayMissDeletesSince(Instant start) {
        return earliestDateAvailable != null && earliestDateAvailable.isAfter(start);
    }

    static DeletedRecords from(JsonNode json) {
        List<DeletedRecord> deleted = new ArrayList<>();
        json.path("deletedRecords").forEach(entry -> deleted.add(new DeletedRecord(entry.path("id").asString(),
                SalesforceDateTimes.parseDateTime(entry.path("deletedDate").asString()))));
        return new DeletedRecords(deleted, optionalDateTime(json.path("earliestDateAvailable")),
                SalesforceDateTimes.parseDateTime(json.path("latestDateCovered").asString()));
    }

    private static Instant optionalDateTime(JsonNode node) {
        return node.isString() ? SalesforceDateTimes.parseDateTime(node.asString()) : null;
    }
}
