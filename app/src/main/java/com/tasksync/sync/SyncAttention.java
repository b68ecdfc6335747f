package com.tasksync.sync;

import java.util.UUID;

/**
 * What of a user's sync needs a person's eye: tasks Salesforce refused and Salesforce records
 * set aside. Answered by the sync engine, which owns them.
 */
public interface SyncAttention {

    long tasksInError(UUID userId);

    long recordsSetAside(UUID userId);

    /** The user's records set aside, the first seen first, at most {@code limit}, each with why. */
    java.util.List<SetAsideRecord> setAside(UUID userId, int limit);

    /** A Salesforce record that could not be applied: its id, subject, why, and since when. */
    record SetAsideRecord(String salesforceId, String subject, String reason, java.time.Instant since) {
    }
}
