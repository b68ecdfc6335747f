package com.tasksync.sync;

import java.time.Instant;
import java.util.UUID;

/** How long a user's changes have waited to reach Salesforce. Answered by the sync engine's outbound side, which owns them. */
public interface SyncBacklog {

    /**
     * When the oldest of the user's changes still waiting to be sent was first made; null when none waits.
     * Changes Salesforce refused wait for the user, not for TaskSync, and are not counted.
     */
    Instant oldestWaiting(UUID userId);
}
