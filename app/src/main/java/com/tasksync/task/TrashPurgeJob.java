package com.tasksync.task;

import com.tasksync.task.TaskChanged.Change;
import com.tasksync.task.TaskChanged.Origin;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes for good the tasks that have been in Trash longer than the retention; run every
 * {@code tasksync.tasks.purge-interval} by the {@link TrashPurgeScheduling} job, on one node at a time.
 */
@Component
public class TrashPurgeJob {

    private static final Logger log = LoggerFactory.getLogger(TrashPurgeJob.class);

    private final TaskRepository repository;
    private final TaskProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TrashPurgeJob(TaskRepository repository, TaskProperties properties, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    /** Purges once and returns how many tasks went. */
    @Transactional
    public int purgeOnce() {
        var purged = repository.purgeDeletedBefore(clock.instant().minus(properties.trashRetention()));
        purged.forEach(task ->
                events.publishEvent(new TaskChanged(task.id(), task.userId(), Change.PURGED, Origin.LOCAL, task)));
        if (!purged.isEmpty()) {
            log.info("Purged {} tasks from Trash", purged.size());
        }
        return purged.size();
    }
}
