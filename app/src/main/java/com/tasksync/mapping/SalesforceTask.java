package com.tasksync.mapping;

import com.tasksync.task.TaskFields;
import java.time.Instant;

/**
 * A Salesforce Task as sync sees it: its id and owner, its fields mapped to TaskSync's, and the
 * server timestamps that drive import windows, the merge's tie-break and the poll watermark.
 */
public record SalesforceTask(
        String id,
        String ownerId,
        TaskFields fields,
        Instant createdDate,
        Instant lastModifiedDate,
        Instant systemModstamp,
        boolean deleted) {

    /** True when the task was created or last modified at or after {@code since}. */
    public boolean touchedSince(Instant since) {
        return !createdDate.isBefore(since) || !lastModifiedDate.isBefore(since);
    }
}
