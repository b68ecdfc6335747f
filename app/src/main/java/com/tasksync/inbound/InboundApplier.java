package com.tasksync.inbound;

import com.tasksync.engine.SyncAccount;
import com.tasksync.engine.TaskLink;
import com.tasksync.engine.TaskLinks;
import com.tasksync.mapping.DeleteRule;
import com.tasksync.mapping.Echo;
import com.tasksync.mapping.SalesforceShape;
import com.tasksync.mapping.SalesforceTask;
import com.tasksync.mapping.ThreeWayMerge;
import com.tasksync.sync.SyncLog;
import com.tasksync.sync.SyncLogEntry;
import com.tasksync.sync.SyncLogEntry.Action;
import com.tasksync.sync.SyncLogEntry.Direction;
import com.tasksync.task.Task;
import com.tasksync.task.TaskFields;
import com.tasksync.task.SyncedTaskWrites;
import com.tasksync.task.TaskStatus;
import java.time.Clock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies one Salesforce task to its owner's TaskSync tasks, in the caller's transaction. A task
 * TaskSync does not have comes in only when it was created or modified since the user's
 * {@code acceptFrom}; a linked one is merged three-way, a delete wins over an edit, and every
 * change and conflict goes to the sync log. Changes are written with origin Salesforce.
 */
@Component
public class InboundApplier {

    private final TaskLinks links;
    private final SyncedTaskWrites tasks;
    private final SyncLog syncLog;
    private final Clock clock;

    InboundApplier(TaskLinks links, SyncedTaskWrites tasks, SyncLog syncLog, Clock clock) {
        this.links = links;
        this.tasks = tasks;
        this.syncLog = syncLog;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Applied apply(SyncAccount account, SalesforceTask remote, TaskLink link, Action createAction) {
        if (link == null) {
            return create(account, remote, createAction);
        }
        if (link.syncedModstamp() != null && !remote.systemModstamp().isAfter(link.syncedModstamp())) {
            return Applied.UNCHANGED;
        }
        var task = tasks.find(account.userId(), link.taskId()).orElse(null);
        if (task == null || link.salesforceDeleted()) {
            return Applied.UNCHANGED;
        }
        var outcome = DeleteRule.resolve(task.inTrash(), remote.deleted());
        return switch (outcome) {
            case DELETE_IN_TASKSYNC -> delete(account, remote, link, task);
            case MERGE -> merge(account, remote, link, task);
            case DELETE_IN_SALESFORCE, NOTHING -> {
                links.touchModstamp(link.taskId(), remote.systemModstamp());
                yield Applied.UNCHANGED;
            }
        };
    }

    /** A delete that getDeleted reported for a linked task; applied like a delete seen by a poll. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Applied deletedInSalesforce(SyncAccount account, TaskLink link, java.time.Instant deletedAt) {
        if (!link.linked()) {
            return Applied.UNCHANGED;
        }
        var task = tasks.find(account.userId(), link.taskId()).orElse(null);
        if (task == null || task.inTrash()) {
            links.markSalesforceDeleted(link.taskId(), null);
            return Applied.UNCHANGED;
        }
        var remote = new SalesforceTask(link.salesforceId(), account.salesforceUserId(), task.fields(), deletedAt,
                deletedAt, deletedAt, true);
        return delete(account, remote, link, task);
    }

    private Applied create(SyncAccount account, SalesforceTask remote, Action action) {
        if (remote.deleted() || account.acceptFrom() == null || !remote.touchedSince(account.acceptFrom())) {
            return Applied.LEFT_OUT;
        }
        var task = tasks.createFromSalesforce(account.userId(), remote.fields(), remote.id());
        links.saveSynced(task.id(), account.userId(), remote.id(), SalesforceShape.of(remote.fields()),
                remote.systemModstamp(), clock.instant());
        log(account, task.id(), remote, action, null);
        return Applied.CREATED;
    }

    private Applied delete(SyncAccount account, SalesforceTask remote, TaskLink link, Task task) {
        var editedHere = !Echo.isEcho(task.fields(), link.syncedFields());
        tasks.trashFromSalesforce(account.userId(), task.id());
        links.markSalesforceDeleted(task.id(), remote.systemModstamp());
        tasks.markSyncState(task.id(), com.tasksync.task.SyncState.SYNCED, null, null);
        if (DeleteRule.isConflict(DeleteRule.Outcome.DELETE_IN_TASKSYNC, editedHere)) {
            log(account, task.id(), remote, Action.CONFLICT,
                    "Deleted in Salesforce while edited in TaskSync; the delete wins and the task is in Trash.");
        }
        log(account, task.id(), remote, Action.DELETE, null);
        return Applied.DELETED;
    }

    private Applied merge(SyncAccount account, SalesforceTask remote, TaskLink link, Task task) {
        if (Echo.isEcho(remote.fields(), link.syncedFields())) {
            links.touchModstamp(task.id(), remote.systemModstamp());
            return Applied.UNCHANGED;
        }
        var result = ThreeWayMerge.merge(link.syncedFields(), task.fields(), task.updatedAt(), remote.fields(),
                remote.lastModifiedDate());
        var updated = ThreeWayMerge.take(task.fields(), result.merged(), result.toTaskSync());
        tasks.updateFromSalesforce(account.userId(), task.id(), updated);
        links.saveSynced(task.id(), account.userId(), remote.id(), SalesforceShape.of(remote.fields()),
                remote.systemModstamp(), clock.instant());
        result.conflicts().forEach(conflict -> log(account, task.id(), remote, Action.CONFLICT, conflict.describe()));
        if (!result.toTaskSync().isEmpty()) {
            log(account, task.id(), remote, action(task, updated), null);
        }
        return result.toTaskSync().isEmpty() ? Applied.UNCHANGED : Applied.UPDATED;
    }

    private static Action action(Task before, TaskFields after) {
        if (before.status() == after.status()) {
            return Action.UPDATE;
        }
        return after.status() == TaskStatus.COMPLETED ? Action.COMPLETE : Action.REOPEN;
    }

    private void log(SyncAccount account, java.util.UUID taskId, SalesforceTask remote, Action action,
            String message) {
        syncLog.record(new SyncLogEntry(account.userId(), clock.instant(), Direction.FROM_SALESFORCE, action, taskId,
                remote.id(), remote.fields().subject(), message));
    }
}
