package com.tasksync.outbound;

import com.tasksync.links.TaskLinks;
import com.tasksync.sync.SyncSettings;
import com.tasksync.task.TaskSyncState;
import com.tasksync.task.TaskSyncStateRule;
import com.tasksync.task.TaskChanged;
import com.tasksync.task.TaskChanged.Change;
import com.tasksync.task.TaskChanged.Origin;
import java.time.Clock;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Decides which local task changes go to Salesforce, and writes their outbox entry inside the
 * transaction of the change. A task created while sync is on is sent; so is any later change of a
 * task that is linked or still waiting to be sent. Tasks from before the enable are never sent (no
 * back-push), and changes sync itself brought from Salesforce are never sent back. The decision is
 * made once, before the task's row is written ({@link TaskSyncStateRule}): a change that will be sent
 * leaves the task {@code pending}, and the outbox follows that state.
 */
@Component
class OutboxWriter implements TaskSyncStateRule {

    private final OutboxRepository outbox;
    private final TaskLinks links;
    private final SyncSettings settings;
    private final Clock clock;

    OutboxWriter(OutboxRepository outbox, TaskLinks links, SyncSettings settings, Clock clock) {
        this.outbox = outbox;
        this.links = links;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public TaskSyncState after(UUID userId, UUID taskId, Change change, TaskSyncState current) {
        return covered(userId, taskId, change) ? TaskSyncState.PENDING : current;
    }

    @EventListener
    void taskChanged(TaskChanged event) {
        if (event.origin() == Origin.SALESFORCE) {
            return;
        }
        var sent = event.change() == Change.PURGED ? covered(event.userId(), event.taskId(), event.change())
                : event.task().syncState() == TaskSyncState.PENDING;
        if (sent) {
            outbox.enqueue(event.userId(), event.taskId(), event.change().name().toLowerCase(Locale.ROOT),
                    clock.instant());
        }
    }

    private boolean covered(UUID userId, UUID taskId, Change change) {
        if (change == Change.CREATED) {
            return settings.storedStatus(userId).enabled();
        }
        // a link row, with or without a record, marks a task of sync's (one that went out, or was made while
        // sync was on and deleted before it did); tasks made while sync was off have none
        // (a task the user took out of sync keeps its row as a marker, and is not sent)
        return links.find(taskId).map(link -> !link.unlinked()).orElse(false) || outbox.exists(taskId);
    }
}
