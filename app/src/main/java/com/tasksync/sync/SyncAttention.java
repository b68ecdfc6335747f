package com.tasksync.sync;

import java.util.UUID;

/**
 * What of a user's sync needs a person's eye: tasks Salesforce refused and Salesforce records
 * set aside. Answered by the sync engine, which owns them.
 */
public interface SyncAttention {

    long tasksInError(UUID userId);

    long recordsSetAside(UUID userId);
}
