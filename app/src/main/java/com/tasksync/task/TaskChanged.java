package com.tasksync.task;

import java.util.UUID;

/**
 * Published inside the transaction of every task write. Sync listens and sends local changes
 * to Salesforce; it skips changes whose origin is Salesforce, so its own writes never echo.
 *
 * @param task the task after the change
 */
public record TaskChanged(UUID taskId, UUID userId, Change change, Origin origin, Task task) {

    /** What happened to the task. */
    public enum Change { CREATED, UPDATED, COMPLETED, REOPENED, DELETED, RESTORED, PURGED }

    /** Who made the change: the user in TaskSync, or sync bringing it from Salesforce. */
    public enum Origin { LOCAL, SALESFORCE }
}
