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
     * What a batch writes once its records are all merged ({@link #writeAll}): the tasks it makes from
     * Salesforce records, the fields it merges into linked tasks, their links and their log entries, each
     * kind with one statement or one batch of statements, in the batch's transaction. A task is written at
     * most once per flush: a second record for a task already waiting flushes what waits first.
     */
    public static final class Writes {
        private final List<SyncAccount> accounts = new ArrayList<>();
        private final List<SalesforceTask> records = new ArrayList<>();
        private final List<Action> actions = new ArrayList<>();
        private final List<SyncedTaskWrites.FromSalesforceOnto> merged = new ArrayList<>();
        private final List<TaskLinks.Synced> synced = new ArrayList<>();
        private final java.util.Map<UUID, Instant> touched = new java.util.HashMap<>();
        private final List<SyncLogEntry> entries = new ArrayList<>();
        private final java.util.Set<UUID> waiting = new java.util.HashSet<>();

        private void create(SyncAccount account, SalesforceTask remote, Action action) {
            accounts.add(account);
            records.add(remote);
            actions.add(action);
        }

        private boolean waits(UUID taskId) {
            return waiting.contains(taskId);
        }

        private void clear() {
            accounts.clear();
            records.clear();
            actions.clear();
            merged.clear();
            synced.clear();
            touched.clear();
            entries.clear();
            waiting.clear();
        }
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Applied apply(SyncAccount account, SalesforceTask remote, Found found, InboundRead read, Writes writes) {
        var link = found.link();
        if (found.ours() != null) {
            return adopt(account, remote, found, read, writes);
        }
        if (link == null) {
            return create(account, remote, read.createAction(), writes);
        }
        return applyLinked(account, remote, link, found.task(), read, writes);
    }

    /** Writes what the batch left waiting ({@link Writes}) and empties it. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void writeAll(Writes writes) {
        var now = clock.instant();
        if (!writes.records.isEmpty()) {
            var made = tasks.createAllFromSalesforce(java.util.stream.IntStream.range(0, writes.records.size())
                    .mapToObj(i -> new SyncedTaskWrites.FromSalesforce(writes.accounts.get(i).userId(),
                            writes.records.get(i).fields(), writes.records.get(i).id()))
                    .toList());
            for (int i = 0; i < made.size(); i++) {
                var remote = writes.records.get(i);
                var userId = writes.accounts.get(i).userId();
                writes.synced.add(new TaskLinks.Synced(made.get(i).id(), userId, remote.id(),
                        SalesforceShape.of(remote.fields()), remote.systemModstamp()));
                writes.entries.add(new SyncLogEntry(userId, now, Direction.FROM_SALESFORCE, writes.actions.get(i),
                        made.get(i).id(), remote.id(), remote.fields().subject(), replacedNote(remote)));
            }
        }
        tasks.updateAllFromSalesforce(writes.merged);
        links.saveAllSynced(writes.synced, now);
        links.touchAllModstamps(writes.touched);
        syncLog.recordAll(writes.entries);
        writes.clear();
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
            Writes writes) {
        var link = found.link();
        if (found.task() == null && link == null) {
            return create(account, remote, read.createAction(), writes);
        }
        if (found.task() == null || link != null && link.salesforceId() != null) {
            return Applied.LEFT_OUT;
        }
        var base = link != null && link.sendingFields() != null
                ? Echo.baseFor(link.sendingFields(), link.unconfirmed(), remote.fields())
                : SalesforceShape.of(remote.fields());
        links.saveSynced(found.ours(), account.userId(), remote.id(), base, null, clock.instant());
        var adopted = links.find(found.ours()).orElseThrow();
        return applyLinked(account, remote, adopted, found.task(), read, writes);
    }

    private Applied applyLinked(SyncAccount account, SalesforceTask remote, TaskLink link, Task task,
            InboundRead read, Writes writes) {
        if (task != null && writes.waits(task.id())) {
            // what waits was merged from the task as locked; this record must see it written first
            writeAll(writes);
            task = tasks.find(account.userId(), task.id()).orElse(null);
        }
        if (link.unlinked()) {
            return Applied.LEFT_OUT;
        }
        if (link.syncedModstamp() != null && !remote.systemModstamp().isAfter(link.syncedModstamp())) {
            return Applied.UNCHANGED;
        }
        if (task != null && link.salesforceDeleted() && !remote.deleted()) {
            return restored(account, remote, link, task, read, writes);
        }
        if (task == null || link.salesforceDeleted()) {
            return Applied.UNCHANGED;
        }
        var outcome = DeleteRule.resolve(task.inTrash(), remote.deleted());
        return switch (outcome) {
            case DELETE_IN_TASKSYNC -> delete(account, remote, link, task);
            case MERGE -> merge(account, remote, link, task, read, writes);
            // In Trash here, alive there: the delete is on its way to Salesforce. The record is not marked as
            // read: if the rep restores the task before the delete leaves, a later read merges what Salesforce
            // changed meanwhile, instead of finding the record "already read" and leaving the two sides apart.
            case DELETE_IN_SALESFORCE -> Applied.UNCHANGED;
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
    private Applied restored(SyncAccount account, SalesforceTask remote, TaskLink link, Task task, InboundRead read,
            Writes writes) {
        links.markSalesforceRestored(task.id());
        if (!task.inTrash()) {
            return merge(account, remote, link, task, read, writes);
        }
        tasks.restoreFromSalesforce(account.userId(), task.id(), remote.fields());
        links.saveSynced(task.id(), account.userId(), remote.id(), SalesforceShape.of(remote.fields()),
                remote.systemModstamp(), clock.instant());
        log(account, task.id(), remote, Action.RESTORE, "Restored from Salesforce's recycle bin.");
        return Applied.UPDATED;
    }

    private Applied create(SyncAccount account, SalesforceTask remote, Action action, Writes writes) {
        if (remote.deleted() || account.acceptFrom() == null || !remote.touchedSince(account.acceptFrom())) {
            return Applied.LEFT_OUT;
        }
        writes.create(account, remote, action);
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

    /**
     * Merges the record into its linked task three-way; what it writes waits in {@code writes} for the
     * batch's end, as the task was read under the batch's row lock.
     */
    private Applied merge(SyncAccount account, SalesforceTask remote, TaskLink link, Task task, InboundRead read,
            Writes writes) {
        writes.waiting.add(task.id());
        if (Echo.isEcho(remote.fields(), link.syncedFields())) {
            writes.touched.put(task.id(), remote.systemModstamp());
            return Applied.UNCHANGED;
        }
        var base = Echo.baseFor(link.syncedFields(), link.unconfirmed(), remote.fields());
        var result = ThreeWayMerge.merge(base, task.fields(), read.onSalesforceClock(task.updatedAt()),
                remote.fields(), remote.lastModifiedDate());
        var updated = ThreeWayMerge.take(task.fields(), result.merged(), result.toTaskSync());
        writes.merged.add(new SyncedTaskWrites.FromSalesforceOnto(task, updated));
        writes.synced.add(new TaskLinks.Synced(task.id(), account.userId(), remote.id(),
                SalesforceShape.of(remote.fields()), remote.systemModstamp()));
        result.conflicts().forEach(conflict -> writes.entries.add(entry(account, task.id(), remote, Action.CONFLICT,
                conflict.describe())));
        if (!result.conflicts().isEmpty()) {
            conflicts.record(account.userId(), task.id(), result.conflicts());
        }
        if (!result.toTaskSync().isEmpty()) {
            writes.entries.add(entry(account, task.id(), remote, action(task, updated), replacedNote(remote)));
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
        syncLog.record(entry(account, taskId, remote, action, message));
    }

    private SyncLogEntry entry(SyncAccount account, UUID taskId, SalesforceTask remote, Action action, String message) {
        return new SyncLogEntry(account.userId(), clock.instant(), Direction.FROM_SALESFORCE, action, taskId,
                remote.id(), remote.fields().subject(), message);
    }
}
