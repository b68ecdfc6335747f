package com.tasksync.outbound;

import com.tasksync.engine.TaskLinks;
import com.tasksync.sync.SyncSettings;
import com.tasksync.task.SyncState;
import com.tasksync.task.SyncedTaskWrites;
import com.tasksync.task.TaskChanged;
import com.tasksync.task.TaskChanged.Change;
import com.tasksync.task.TaskChanged.Origin;
import java.time.Clock;
import java.util.Locale;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes the outbox entry of a local task change, inside the transaction of the change. A task
 * created while sync is on is sent; so is any later change of a task that is linked or still
 * waiting to be sent. Tasks from before the enable are never sent (no back-push), and changes
 * sync itself brought from Salesforce are never sent back.
 */
@Component
class OutboxWriter {

    private final OutboxRepository outbox;
    private final TaskLinks links;
    private final SyncSettings settings;
    private final SyncedTaskWrites tasks;
    private final Clock clock;

    OutboxWriter(OutboxRepository outbox, TaskLinks links, SyncSettings settings, SyncedTaskWrites tasks, Clock clock) {
        this.outbox = outbox;
        this.links = links;
        this.settings = settings;
        this.tasks = tasks;
        this.clock = clock;
    }

    @EventListener
    void taskChanged(TaskChanged event) {
        if (event.origin() == Origin.SALESFORCE) {
            return;
        }
        if (!covered(event)) {
            return;
        }
        outbox.enqueue(event.userId(), event.taskId(), event.change().name().toLowerCase(Locale.ROOT), clock.instant());
        if (event.change() != Change.PURGED) {
            tasks.markSyncState(event.taskId(), SyncState.PENDING, null, null);
        }
    }

    private boolean covered(TaskChanged event) {
        if (event.change() == Change.CREATED) {
            return settings.storedStatus(event.userId()).enabled();
        }
        return links.find(event.taskId()).map(link -> link.salesforceId() != null).orElse(false)
                || outbox.exists(event.taskId());
    }
}
