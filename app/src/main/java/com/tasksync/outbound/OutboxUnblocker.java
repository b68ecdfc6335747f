package com.tasksync.outbound;

import com.tasksync.connection.ConnectionChanged;
import com.tasksync.sync.SyncRetryRequested;
import com.tasksync.task.TaskSyncState;
import com.tasksync.task.SyncedTaskWrites;
import java.time.Clock;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives a user's failed changes a fresh start when it can help: after a (re)connect, whatever an
 * expired or refused sign-in blocked goes out again; when the user asks for a retry, every blocked
 * change does. Their tasks show {@code pending} again until the relay has sent them.
 */
@Component
class OutboxUnblocker {

    private final OutboxRepository outbox;
    private final SyncedTaskWrites tasks;
    private final Clock clock;

    OutboxUnblocker(OutboxRepository outbox, SyncedTaskWrites tasks, Clock clock) {
        this.outbox = outbox;
        this.tasks = tasks;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    void connected(ConnectionChanged event) {
        if (event.connected()) {
            unblock(event.userId());
        }
    }

    @EventListener
    @Transactional
    void retryRequested(SyncRetryRequested event) {
        unblock(event.userId());
    }

    private void unblock(UUID userId) {
        for (var taskId : outbox.unblock(userId, clock.instant())) {
            tasks.markSyncState(taskId, TaskSyncState.PENDING, null, null);
        }
    }
}
