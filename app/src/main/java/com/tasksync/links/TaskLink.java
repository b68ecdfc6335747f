package com.tasksync.links;

import com.tasksync.task.TaskFields;
import java.time.Instant;
import java.util.UUID;

/**
 * A TaskSync task's link to its Salesforce Task. {@code syncedFields} is the last version both
 * sides agreed on (the base of the three-way merge), {@code syncedModstamp} the SystemModstamp
 * of the Salesforce version it came from or led to. {@code createSentAt} is set while a create
 * without an external ID may have reached Salesforce with its answer lost. {@code writeStartedAt} and
 * {@code writeFinishedAt} (database clock) bracket the latest write sent to Salesforce for the task,
 * and {@code sendingFields} holds what it sent. {@code unconfirmed} holds the versions sent since both
 * sides last agreed whose answer may have been lost, oldest first: a Salesforce value equal to one of
 * theirs is our own write, not a change made in Salesforce. {@code unlinkedAt} is set once the user took
 * the task out of sync.
 */
public record TaskLink(
        UUID taskId,
        UUID userId,
        String salesforceId,
        TaskFields syncedFields,
        Instant syncedModstamp,
        Instant syncedAt,
        boolean salesforceDeleted,
        Instant createSentAt,
        Instant writeStartedAt,
        Instant writeFinishedAt,
        TaskFields sendingFields,
        java.util.List<TaskFields> unconfirmed,
        Instant unlinkedAt) {

    public TaskLink {
        unconfirmed = unconfirmed == null ? java.util.List.of() : java.util.List.copyOf(unconfirmed);
    }

    public boolean linked() {
        return salesforceId != null && !salesforceDeleted && unlinkedAt == null;
    }

    /** The user took the task out of sync: nothing is sent for it or taken into it any more. */
    public boolean unlinked() {
        return unlinkedAt != null;
    }

    /**
     * True when a read of Salesforce that started at {@code readStartedAt} may hold a version of the
     * record older than a write of ours: the write finished after the read began, or is still running
     * (unless it started longer than {@code lease} before the read, when its node is taken for dead).
     */
    public boolean writeOverlaps(Instant readStartedAt, java.time.Duration lease) {
        if (writeStartedAt == null) {
            return false;
        }
        if (writeFinishedAt == null) {
            return writeStartedAt.isAfter(readStartedAt.minus(lease));
        }
        return writeFinishedAt.isAfter(readStartedAt);
    }
}
