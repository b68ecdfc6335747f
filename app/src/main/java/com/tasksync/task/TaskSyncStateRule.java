package com.tasksync.task;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Decides, before a user's change is written, the sync state it leaves the task in — so each
 * change is one write, and what the API answers is what is stored. Answered by sync (a change it
 * will send to Salesforce leaves the task {@code pending}); without sync a task keeps its state.
 */
public interface TaskSyncStateRule {

    /** The task's sync state once {@code change} of task {@code taskId} of {@code userId} is written. */
    TaskSyncState after(UUID userId, UUID taskId, TaskChanged.Change change, TaskSyncState current);

    /** {@link #after} for each of these tasks of the user, by task id; a rule may answer them all at once. */
    default Map<UUID, TaskSyncState> afterAll(UUID userId, Collection<Task> tasks, TaskChanged.Change change) {
        var states = new HashMap<UUID, TaskSyncState>();
        tasks.forEach(task -> states.put(task.id(), after(userId, task.id(), change, task.syncState())));
        return states;
    }
}
