package com.tasksync.engine;

import com.tasksync.task.TaskFields;
import java.time.Instant;
import java.util.UUID;

/**
 * A TaskSync task's link to its Salesforce Task. {@code syncedFields} is the last version both
 * sides agreed on (the base of the three-way merge), {@code syncedModstamp} the SystemModstamp
 * of the Salesforce version it came from or led to. {@code createSentAt} is set while a create
 * without an external ID may have reached Salesforce with its answer lost.
 */
public record TaskLink(
        UUID taskId,
        UUID userId,
        String salesforceId,
        TaskFields syncedFields,
        Instant syncedModstamp,
        Instant syncedAt,
        boolean salesforceDeleted,
        Instant createSentAt) {

    public boolean linked() {
        return salesforceId != null && !salesforceDeleted;
    }
}
