package com.tasksync.task;

import java.util.UUID;

/**
 * Decides, before a user's change is written, the sync state it leaves the task in — so each
 * change is one write, and what the API answers is what is stored. Answered by sync (a change it
 * will send to Salesforce leaves the task {@code pending}); without sync a task keeps its state.
 */
public interface TaskSyncStateRule {

    /** The task's sync state once {@code change} of task {@code taskId} of {@code userId} is written. */
    TaskSyncState after(UUID userId, UUID taskId, TaskChanged.Change change, TaskSyncState current);
}
