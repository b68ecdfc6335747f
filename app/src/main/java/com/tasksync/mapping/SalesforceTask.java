package com.tasksync.mapping;

import com.tasksync.task.TaskFields;
import java.time.Instant;
import java.util.Set;

/**
 * A Salesforce Task as sync sees it: its id and owner, its fields mapped to TaskSync's, the server
 * timestamps that drive import windows, the merge's tie-break and the poll watermark, the TaskSync id
 * a create of ours left in the external ID field (or null), and the Salesforce fields whose text
 * held characters TaskSync cannot store and now holds U+FFFD instead.
 */
public record SalesforceTask(
        String id,
        String ownerId,
        TaskFields fields,
        Instant createdDate,
        Instant lastModifiedDate,
        Instant systemModstamp,
        boolean deleted,
        String externalId,
        Set<String> replacedCharacters) {

    public SalesforceTask {
        replacedCharacters = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(replacedCharacters));
    }

    /** True when the task was created or last modified at or after {@code since}. */
    public boolean touchedSince(Instant since) {
        return !createdDate.isBefore(since) || !lastModifiedDate.isBefore(since);
    }
}
