package com.tasksync.support;

import com.tasksync.task.TaskChanged;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.event.EventListener;

/** Remembers every {@link TaskChanged} the app publishes (and each task of a {@link com.tasksync.task.TasksChanged}), from any thread, for tests to inspect per user. */
@TestConfiguration(proxyBeanMethods = false)
public class RecordedTaskChanges {

    private final List<TaskChanged> events = new CopyOnWriteArrayList<>();

    @EventListener
    void on(TaskChanged event) {
        events.add(event);
    }

    /** A change of several tasks at once counts as the change of each. */
    @EventListener
    void on(com.tasksync.task.TasksChanged event) {
        event.tasks().forEach(task -> events.add(new TaskChanged(task.id(), event.userId(), event.change(),
                event.origin(), task)));
    }

    public List<TaskChanged> of(UUID userId) {
        return events.stream().filter(e -> e.userId().equals(userId)).toList();
    }
}
