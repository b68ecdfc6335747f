package com.tasksync.inbound.apply;

import com.tasksync.inbound.TaskConflicts;
import com.tasksync.links.TaskLink;
import com.tasksync.links.TaskLinks;
import com.tasksync.mapping.DeleteRule;
import com.tasksync.mapping.Echo;
import com.tasksync.mapping.SalesforceShape;
import com.tasksync.mapping.SalesforceTask;
import com.tasksync.mapping.ThreeWayMerge;
import com.tasksync.sync.SyncAccount;
import com.tasksync.sync.SyncLog;
import com.tasksync.sync.SyncLogEntry.Action;
import com.tasksync.sync.SyncLogEntry.Direction;
import com.tasksync.sync.SyncLogEntry;
import com.tasksync.task.SyncedTaskWrites;
import com.tasksync.task.Task;
import com.tasksync.task.TaskFields;
import com.tasksync.task.TaskStatus;
import com.tasksync.task.TaskSyncState;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies one Salesforce task to its owner's TaskSync tasks, in the caller's transaction, with the
 * task and its link already row-locked by the caller ({@link Found}). A record of one of our own
 * creates whose answer was lost (its external ID names the task) is linked to that task, never
 * imported again; a task TaskSync does not have comes in only when it was created or modified since
 * the user's {@code acceptFrom}; a linked one is merged three-way, a delete wins over an edit, and
 * every change and conflict goes to the sync log. Changes are written with origin Salesforce.
 */
@Component
public class InboundApplier {

    private final TaskLinks links;
    private final SyncedTaskWrites tasks;
    private final SyncLog syncLog;
    private final Clock clock;
    private final TaskConflicts conflicts;

    InboundApplier(TaskLinks links, SyncedTaskWrites tasks, SyncLog syncLog, Clock clock,
            TaskConflicts conflicts) {
        this.conflicts = conflicts;
        this.links = links;
        this.tasks = tasks;
        this.syncLog = syncLog;
        this.clock = clock;
    }

    /**
     * What the caller found, under row locks, for one record: the link that has its Salesforce id, or
     * else the link of the task its external ID names ({@code ours}: that task's id), and the task.
     */
    public record Found(TaskLink link, Task task, UUID ours) {

        static Found nothing() {
            return new Found(null, null, null);
        }
    }

    /**
     * The tasks a batch makes from Salesforce records, written together once the batch's other records are
     * applied ({@link #writeCreates}): one batch of inserts each for the tasks, their links and their log
     * entries, in the batch's transaction.
     */
    public static final class Creates {
        private final List<SyncAccount> accounts = new ArrayList<>();
        private final List<SalesforceTask> records = new ArrayList<>();
        private final List<Action> actions = new ArrayList<>();

        private void add(SyncAccount account, SalesforceTask remote, Action action) {
            accounts.add(account);
            records.add(remote);
            actions.add(action);
        }
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Applied apply(SyncAccount account, SalesforceTask remote, Found found, InboundRead read, Creates creates) {
        var link = found.link();
        if (found.ours() != null) {
            return adopt(account, remote, found, read, creates);
        }
        if (link == null) {
            return create(account, remote, read.createAction(), creates);
        }
        return applyLinked(account, remote, link, found.task(), read);
    }

    /** Writes the tasks the batch made: tasks, links and log entries, each kind as one batch of statements. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void writeCreates(Creates creates) {
        if (creates.records.isEmpty()) {
            return;
        }
        var made = tasks.createAllFromSalesforce(java.util.stream.IntStream.range(0, creates.records.size())
                .mapToObj(i -> new SyncedTaskWrites.FromSalesforce(creates.accounts.get(i).userId(),
                        creates.records.get(i).fields(), creates.records.get(i).id()))
                .toList());
        var now = clock.instant();
        var synced = new ArrayList<TaskLinks.Synced>(made.size());
        var entries = new ArrayList<SyncLogEntry>(made.size());
        for (int i = 0; i < made.size(); i++) {
            var remote = creates.records.get(i);
            var userId = creates.accounts.get(i).userId();
            synced.add(new TaskLinks.Synced(made.get(i).id(), userId, remote.id(), SalesforceShape.of(remote.fields()),
                    remote.systemModstamp()));
            entries.add(new SyncLogEntry(userId, now, Direction.FROM_SALESFORCE, creates.actions.get(i),
                    made.get(i).id(), remote.id(), remote.fields().subject(), replacedNote(remote)));
        }
        links.saveAllSynced(synced, now);
        syncLog.recordAll(entries);
    }

    /** A delete that getDeleted reported for a linked task; applied like a delete seen by a poll. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Applied deletedInSalesforce(SyncAccount account, TaskLink link, Task task, Instant deletedAt) {
        if (!link.linked()) {
            return Applied.UNCHANGED;
        }
        if (task == null || task.inTrash()) {
            links.markSalesforceDeleted(link.taskId(), null);
            return Applied.UNCHANGED;
        }
        var remote = new SalesforceTask(link.salesforceId(), account.salesforceUserId(), task.fields(), deletedAt,
                deletedAt, deletedAt, true, null, java.util.Set.of());
        return delete(account, remote, link, task);
    }

    /**
     * The record is one of our creates (its external ID names {@code found.ours()}): link it to that task,
     * taking what the create sent as the last synced version, then merge as for any linked task.
     */
    private Applied adopt(SyncAccount account, SalesforceTask remote, Found found, InboundRead read,
            Creates creates) {
        var link = found.link();
        if (found.task() == null && link == null) {
            return create(account, remote, read.createAction(), creates);
        }
        if (found.task() == null || link != null && link.salesforceId() != null) {
            return Applied.LEFT_OUT;
        }
        var base = link != null && link.sendingFields() != null
                ? Echo.baseFor(link.sendingFields(), link.unconfirmed(), remote.fields())
                : SalesforceShape.of(remote.fields());
        links.saveSynced(found.ours(), account.userId(), remote.id(), base, null, clock.instant());
        var adopted = links.find(found.ours()).orElseThrow();
        return applyLinked(account, remote, adopted, found.task(), read);
    }

    private Applied applyLinked(SyncAccount account, SalesforceTask remote, TaskLink link, Task task,
            InboundRead read) {
        if (link.unlinked()) {
            return Applied.LEFT_OUT;
        }
        if (link.syncedModstamp() != null && !remote.systemModstamp().isAfter(link.syncedModstamp())) {
            return Applied.UNCHANGED;
        }
        if (task != null && link.salesforceDeleted() && !remote.deleted()) {
            return restored(account, remote, link, task, read);
        }
        if (task == null || link.salesforceDeleted()) {
            return Applied.UNCHANGED;
        }
        var outcome = DeleteRule.resolve(task.inTrash(), remote.deleted());
        return switch (outcome) {
            case DELETE_IN_TASKSYNC -> delete(account, remote, link, task);
            case MERGE -> merge(account, remote, link, task, read);
            case DELETE_IN_SALESFORCE -> {
                links.touchModstamp(link.taskId(), remote.systemModstamp());
                yield Applied.UNCHANGED;
            }
            case NOTHING -> {
                // deleted on both sides: the link says so, so that restoring the task in TaskSync makes it
                // again in Salesforce even when the answer to our own delete never came back
                links.markSalesforceDeleted(link.taskId(), remote.systemModstamp());
                yield Applied.UNCHANGED;
            }
        };
    }

    /**
     * The record was restored from Salesforce's recycle bin after its delete had moved the task to
     * Trash: the task comes back with the record's values (it could not be edited in Trash). When the
     * rep restored it in TaskSync meanwhile, the two are merged as usual.
     */
    private Applied restored(SyncAccount account, SalesforceTask remote, TaskLink link, Task task, InboundRead read) {
        links.markSalesforceRestored(task.id());
        if (!task.inTrash()) {
            return merge(account, remote, link, task, read);
        }
        tasks.restoreFromSalesforce(account.userId(), task.id(), remote.fields());
        links.saveSynced(task.id(), account.userId(), remote.id(), SalesforceShape.of(remote.fields()),
                remote.systemModstamp(), clock.instant());
        log(account, task.id(), remote, Action.RESTORE, "Restored from Salesforce's recycle bin.");
        return Applied.UPDATED;
    }

    private Applied create(SyncAccount account, SalesforceTask remote, Action action, Creates creates) {
        if (remote.deleted() || account.acceptFrom() == null || !remote.touchedSince(account.acceptFrom())) {
            return Applied.LEFT_OUT;
        }
        creates.add(account, remote, action);
        return Applied.CREATED;
    }

    private Applied delete(SyncAccount account, SalesforceTask remote, TaskLink link, Task task) {
        var editedHere = !Echo.isEcho(task.fields(), link.syncedFields());
        tasks.trashFromSalesforce(account.userId(), task.id());
        links.markSalesforceDeleted(task.id(), remote.systemModstamp());
        tasks.markSyncState(task.id(), TaskSyncState.SYNCED, null, null);
        if (DeleteRule.isConflict(DeleteRule.Outcome.DELETE_IN_TASKSYNC, editedHere)) {
            log(account, task.id(), remote, Action.CONFLICT,
                    "Deleted in Salesforce while edited in TaskSync; the delete wins and the task is in Trash.");
        }
        log(account, task.id(), remote, Action.DELETE, null);
        return Applied.DELETED;
    }

    private Applied merge(SyncAccount account, SalesforceTask remote, TaskLink link, Task task, InboundRead read) {
        if (Echo.isEcho(remote.fields(), link.syncedFields())) {
            links.touchModstamp(task.id(), remote.systemModstamp());
            return Applied.UNCHANGED;
        }
        var base = Echo.baseFor(link.syncedFields(), link.unconfirmed(), remote.fields());
        var result = ThreeWayMerge.merge(base, task.fields(), read.onSalesforceClock(task.updatedAt()),
                remote.fields(), remote.lastModifiedDate());
        var updated = ThreeWayMerge.take(task.fields(), result.merged(), result.toTaskSync());
        tasks.updateFromSalesforce(account.userId(), task.id(), updated);
        links.saveSynced(task.id(), account.userId(), remote.id(), SalesforceShape.of(remote.fields()),
                remote.systemModstamp(), clock.instant());
        result.conflicts().forEach(conflict -> log(account, task.id(), remote, Action.CONFLICT, conflict.describe()));
        if (!result.conflicts().isEmpty()) {
            conflicts.record(account.userId(), task.id(), result.conflicts());
        }
        if (!result.toTaskSync().isEmpty()) {
            log(account, task.id(), remote, action(task, updated), replacedNote(remote));
        }
        return result.toTaskSync().isEmpty() ? Applied.UNCHANGED : Applied.UPDATED;
    }

    private static Action action(Task before, TaskFields after) {
        if (before.status() == after.status()) {
            return Action.UPDATE;
        }
        return after.status() == TaskStatus.COMPLETED ? Action.COMPLETE : Action.REOPEN;
    }

    /** Says which fields held characters TaskSync cannot store and now show U+FFFD, or null. */
    private static String replacedNote(SalesforceTask remote) {
        if (remote.replacedCharacters().isEmpty()) {
            return null;
        }
        return String.join(" and ", remote.replacedCharacters()) + " held characters TaskSync cannot store"
                + " (such as U+0000); they show as \uFFFD here, and Salesforce keeps its own value until this"
                + " text is edited in TaskSync.";
    }

    private void log(SyncAccount account, UUID taskId, SalesforceTask remote, Action action, String message) {
        syncLog.record(new SyncLogEntry(account.userId(), clock.instant(), Direction.FROM_SALESFORCE, action, taskId,
                remote.id(), remote.fields().subject(), message));
    }
}
