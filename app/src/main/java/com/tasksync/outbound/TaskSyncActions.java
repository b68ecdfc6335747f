package com.tasksync.outbound;

import com.tasksync.links.TaskLinks;
import com.tasksync.sync.SyncLog;
import com.tasksync.sync.SyncLogEntry;
import com.tasksync.sync.SyncLogEntry.Action;
import com.tasksync.sync.SyncLogEntry.Direction;
import com.tasksync.system.ConflictException;
import com.tasksync.system.NotFoundException;
import com.tasksync.task.SyncedTaskWrites;
import com.tasksync.task.Task;
import com.tasksync.task.TaskSyncState;
import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a rep can do with one task that sync could not send (a task in {@code error}, such as an edit of
 * a record that no longer exists in the connected org): send it once more now, or take it out of sync.
 * An unlinked task stays in TaskSync with its values; its Salesforce task, if any, is left as it is, and
 * neither side's later changes reach the other.
 */
@Service
public class TaskSyncActions {

    private final OutboxRepository outbox;
    private final TaskLinks links;
    private final SyncedTaskWrites tasks;
    private final SyncLog syncLog;
    private final Clock clock;

    TaskSyncActions(OutboxRepository outbox, TaskLinks links, SyncedTaskWrites tasks, SyncLog syncLog, Clock clock) {
        this.outbox = outbox;
        this.links = links;
        this.tasks = tasks;
        this.syncLog = syncLog;
        this.clock = clock;
    }

    /** Drops what waits to be sent for the given tasks, and has those of {@code toSend} sent as new records. */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public void resend(UUID userId, java.util.Collection<UUID> dropped, java.util.Collection<UUID> toSend) {
        dropped.forEach(outbox::remove);
        var now = clock.instant();
        toSend.forEach(taskId -> outbox.enqueue(userId, taskId, "created", now));
    }

    /** Sends the task's waiting change again now; 409 when nothing of the task waits to be sent. */
    @Transactional
    public Task retry(UUID userId, UUID taskId) {
        var task = owned(userId, taskId);
        if (!outbox.retryNow(taskId, clock.instant())) {
            throw ConflictException.conflict("Nothing of this task waits to be sent to Salesforce.");
        }
        tasks.markSyncState(taskId, TaskSyncState.PENDING, null, null);
        syncLog.record(new SyncLogEntry(userId, clock.instant(), Direction.TO_SALESFORCE, Action.RETRY, taskId,
                task.salesforceId(), task.subject(), "Sent again at the rep's request."));
        return tasks.find(userId, taskId).orElseThrow();
    }

    /** Takes the task out of sync; asking again changes nothing. */
    @Transactional
    public Task unlink(UUID userId, UUID taskId) {
        var task = owned(userId, taskId);
        var link = links.find(taskId).orElse(null);
        if (link != null && link.unlinked()) {
            return task;
        }
        outbox.remove(taskId);
        links.markUnlinked(taskId, userId, clock.instant());
        tasks.unlinkAll(java.util.List.of(taskId), java.util.List.of());
        var record = task.salesforceId() == null ? "" : " Its Salesforce task " + task.salesforceId() + " is left as it is.";
        syncLog.record(new SyncLogEntry(userId, clock.instant(), Direction.LOCAL, Action.UNLINK, taskId,
                task.salesforceId(), task.subject(), "Taken out of sync; it stays in TaskSync only." + record));
        return tasks.find(userId, taskId).orElseThrow();
    }

    private Task owned(UUID userId, UUID taskId) {
        return tasks.find(userId, taskId).orElseThrow(() -> new NotFoundException("No task " + taskId + "."));
    }
}
