package com.tasksync.task;

import java.util.List;
import java.util.UUID;

/**
 * Published inside the transaction of a write of several tasks at once (a bulk action): the same
 * change of each, as {@link TaskChanged} tells one, so sync can note them all with one statement.
 *
 * @param tasks the tasks after the change, each changed (a task the action left as it was is not here)
 */
public record TasksChanged(UUID userId, TaskChanged.Change change, TaskChanged.Origin origin, List<Task> tasks) {

    public TasksChanged {
        tasks = List.copyOf(tasks);
    }
}
