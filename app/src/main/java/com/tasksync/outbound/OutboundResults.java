package com.tasksync.outbound;

import com.tasksync.connection.ApiBudget;
import com.tasksync.system.LogFields;
import com.tasksync.sync.SyncLifecycle;
import com.tasksync.links.TaskLink;
import com.tasksync.links.TaskLinks;
import com.tasksync.mapping.SalesforceShape;
import com.tasksync.mapping.TaskField;
import com.tasksync.salesforce.client.RetryPolicy;
import com.tasksync.sync.SyncLog;
import com.tasksync.sync.SyncLogEntry;
import com.tasksync.sync.SyncLogEntry.Action;
import com.tasksync.sync.SyncLogEntry.Direction;
import com.tasksync.task.Task;
import com.tasksync.task.TaskFields;
import com.tasksync.task.TaskSyncState;
import com.tasksync.task.SyncedTaskWrites;
import com.tasksync.task.TaskStatus;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records how one write went, in one transaction that locks the task first and its link next (the
 * order every writer of both keeps): the link and last synced version, the task's sync state, the
 * outbox entry (sent, retried with backoff, or blocked) and the sync log.
 */
@Component
class OutboundResults {

    private static final Logger log = LoggerFactory.getLogger(OutboundResults.class);

    private final OutboxRepository outbox;
    private final TaskLinks links;
    private final SyncedTaskWrites tasks;
    private final SyncLog syncLog;
    private final SyncLifecycle states;
    private final OutboundProperties properties;
    private final RetryPolicy backoff;
    private final Clock clock;
    private final RandomGenerator random = new SecureRandom();

    OutboundResults(OutboxRepository outbox, TaskLinks links, SyncedTaskWrites tasks, SyncLog syncLog,
            SyncLifecycle states, OutboundProperties properties, Clock clock) {
        this.outbox = outbox;
        this.links = links;
        this.tasks = tasks;
        this.syncLog = syncLog;
        this.states = states;
        this.properties = properties;
        this.backoff = new RetryPolicy(Integer.MAX_VALUE, properties.retryDelay(), properties.maxRetryDelay());
        this.clock = clock;
    }

    /**
     * Records a batch's answers in one transaction: all its tasks locked first, then all their links,
     * each in id order as every writer of both does, then each answer. When any one cannot be
     * recorded, nothing is and this throws; the caller then records them one by one.
     */
    @Transactional
    public void recordAll(List<PlannedWrite> writes, Map<PlannedWrite, Outcome> outcomes) {
        var userIds = writes.stream().map(write -> write.entry().userId()).distinct().toList();
        var taskIds = writes.stream().map(write -> write.entry().taskId()).distinct().sorted().toList();
        var locked = tasks.lockAll(userIds, taskIds);
        links.lock(taskIds);
        var ordered = writes.stream().sorted(Comparator.comparing((PlannedWrite write) -> write.entry().taskId()))
                .toList();
        // the common answer, an update Salesforce took, is recorded for all such writes at once
        var updatesSent = ordered.stream().filter(write -> write.kind() == PlannedWrite.Kind.UPDATE
                && write.task() != null && outcomes.get(write) instanceof Outcome.Sent).toList();
        recordUpdatesSent(updatesSent, outcomes, locked);
        var recorded = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<PlannedWrite, Boolean>());
        recorded.addAll(updatesSent);
        for (var write : ordered) {
            if (recorded.contains(write)) {
                continue;
            }
            try (var task = MDC.putCloseable(LogFields.TASK_ID, write.entry().taskId().toString())) {
                recordLocked(write, outcomes.get(write), locked.get(write.entry().taskId()));
            }
        }
    }

    /**
     * Updates Salesforce took, recorded as {@link #sent} records each one, a batch of statements for each
     * step: the writes finish and the last synced version takes the values sent (one statement), the outbox
     * entries go (an entry changed meanwhile stays to be sent again), the tasks say synced, and the log says so.
     */
    private void recordUpdatesSent(List<PlannedWrite> writes, Map<PlannedWrite, Outcome> outcomes,
            Map<UUID, Task> locked) {
        if (writes.isEmpty()) {
            return;
        }
        var taskIds = writes.stream().map(write -> write.entry().taskId()).toList();
        var syncedBefore = links.syncedFieldsOf(taskIds);
        var now = clock.instant();
        var synced = new ArrayList<TaskLinks.Synced>(writes.size());
        var behind = new ArrayList<PlannedWrite>();
        for (var write : writes) {
            var entry = write.entry();
            var sent = SalesforceShape.of(write.task().fields());
            var before = syncedBefore.get(entry.taskId());
            var base = before == null ? sent : com.tasksync.mapping.ThreeWayMerge.take(before, sent, write.fields());
            synced.add(new TaskLinks.Synced(entry.taskId(), entry.userId(),
                    ((Outcome.Sent) outcomes.get(write)).salesforceId(), base, null));
            if (behind(locked.get(entry.taskId()), base)) {
                behind.add(write);
            }
        }
        links.saveAllSent(synced, now);
        var removed = outbox.markAllSent(writes.stream().map(PlannedWrite::entry).toList());
        behind.forEach(write -> sendAgain(write, ((Outcome.Sent) outcomes.get(write)).salesforceId()));
        behind.forEach(write -> removed.remove(write.entry().taskId()));
        var syncedTasks = new java.util.HashMap<UUID, String>();
        var entries = new ArrayList<SyncLogEntry>(writes.size());
        for (var write : writes) {
            var salesforceId = ((Outcome.Sent) outcomes.get(write)).salesforceId();
            if (removed.contains(write.entry().taskId())) {
                syncedTasks.put(write.entry().taskId(), salesforceId);
            }
            entries.add(new SyncLogEntry(write.entry().userId(), now, Direction.TO_SALESFORCE, action(write),
                    write.entry().taskId(), salesforceId, write.task().subject(), null));
        }
        tasks.markAllSynced(syncedTasks);
        syncLog.recordAll(entries);
    }

    /** Records one write's answer in a transaction of its own. */
    @Transactional
    public void record(PlannedWrite write, Outcome outcome) {
        var entry = write.entry();
        var locked = tasks.lockAll(List.of(entry.userId()), List.of(entry.taskId()));
        links.lock(List.of(entry.taskId()));
        recordLocked(write, outcome, locked.get(entry.taskId()));
    }

    private void recordLocked(PlannedWrite write, Outcome outcome, Task current) {
        var entry = write.entry();
        links.finishWrite(entry.taskId());
        if (outcome instanceof Outcome.Sent sent) {
            sent(write, sent.salesforceId(), current);
        } else if (outcome instanceof Outcome.Found found) {
            links.saveSynced(entry.taskId(), entry.userId(), found.salesforceId(), found.fields(), null,
                    clock.instant());
            tasks.markSyncState(entry.taskId(), TaskSyncState.PENDING, found.salesforceId(), null);
            outbox.release(entry, clock.instant());
        } else if (outcome instanceof Outcome.Retry retry) {
            retry(write, retry.message());
        } else if (outcome instanceof Outcome.CallFailed failed) {
            callFailed(write, failed);
        } else if (outcome instanceof Outcome.Rejected rejected) {
            rejected(write, rejected.message());
        } else if (outcome instanceof Outcome.DeletedInSalesforce) {
            links.markSalesforceDeleted(entry.taskId(), null);
            tasks.trashFromSalesforce(entry.userId(), entry.taskId());
            if (outbox.markSent(entry)) {
                tasks.markSyncState(entry.taskId(), TaskSyncState.SYNCED, null, null);
            }
            log(write, Direction.FROM_SALESFORCE, Action.CONFLICT,
                    "Deleted in Salesforce while changed in TaskSync; the delete wins and the task is in Trash.");
        } else if (outcome instanceof Outcome.Reconnect reconnect) {
            outbox.release(entry, null);
            states.reconnect(entry.userId(), "Salesforce refused the stored sign-in (" + reconnect.message()
                    + "); connect again to resume sync.");
        } else {
            // Over budget. Holding back costs no call: look again once the org's use may be read again, or
            // sooner when retries are set to come sooner.
            outbox.release(entry, clock.instant().plus(overBudgetWait(properties)));
        }
    }

    /** How long a write held back as over budget waits before the relay asks the budget again. */
    static java.time.Duration overBudgetWait(OutboundProperties properties) {
        var cap = properties.maxRetryDelay();
        return cap.compareTo(ApiBudget.LOOK_AGAIN_AFTER) < 0 ? cap : ApiBudget.LOOK_AGAIN_AFTER;
    }

    /**
     * Recording the outcome itself failed (a bug, or data the database refuses): the write counts an
     * attempt and backs off like any record that failed, so it can never loop hot, and blocks with
     * the reason after too many.
     */
    @Transactional
    public void recordingFailed(PlannedWrite write, RuntimeException failure) {
        links.finishWrite(write.entry().taskId());
        retry(write, "TaskSync could not record Salesforce's answer: " + failure.getMessage());
    }

    private void sent(PlannedWrite write, String salesforceId, Task current) {
        var entry = write.entry();
        switch (write.kind()) {
            case CREATE -> {
                var other = links.findAllBySalesforceIds(List.of(entry.userId()), List.of(salesforceId)).stream()
                        .filter(link -> !link.taskId().equals(entry.taskId())).findFirst();
                if (other.isPresent()) {
                    rejected(write, "Salesforce answered with task " + salesforceId + ", which TaskSync already"
                            + " links to task " + other.get().taskId() + "; the two look like copies of one task.");
                    return;
                }
                links.saveSent(entry.taskId(), entry.userId(), salesforceId, SalesforceShape.of(write.task().fields()),
                        EnumSet.allOf(TaskField.class), clock.instant());
            }
            case UPDATE -> links.saveSent(entry.taskId(), entry.userId(), salesforceId,
                    SalesforceShape.of(write.task().fields()), write.fields(), clock.instant());
            case DELETE, DELETE_LOST_CREATE -> {
                if (write.task() == null) {
                    links.delete(entry.taskId());
                } else {
                    links.markSalesforceDeleted(entry.taskId(), null);
                }
            }
            case NOTHING -> {
                if (write.task() == null) {
                    links.delete(entry.taskId());
                } else if (write.task().inTrash() && write.link() == null) {
                    // made while sync was on and deleted before it went out: remembered as sync's own,
                    // so that restoring it sends it after all
                    links.rememberUnsent(entry.taskId(), entry.userId());
                }
            }
        }
        var isBehind = behind(current, lastSynced(write));
        if (outbox.markSent(entry) && write.task() != null && !isBehind) {
            tasks.markSyncState(entry.taskId(), TaskSyncState.SYNCED, salesforceId, null);
        }
        if (isBehind) {
            sendAgain(write, salesforceId);
        }
        var nothingSent = write.kind() == PlannedWrite.Kind.NOTHING
                || write.kind() == PlannedWrite.Kind.DELETE_LOST_CREATE && salesforceId == null;
        if (!nothingSent) {
            log(write, Direction.TO_SALESFORCE, action(write), salesforceId, null);
        }
    }

    /**
     * Whether Salesforce was last given other values than the task holds now. A write is planned from the
     * last synced values and the task as its relay read them; when a relay's claim ran out while its write
     * was still on its way, another relay may have taken the entry meanwhile and planned from values the
     * late write then changed (finding, say, nothing to send). Whichever records last sees the task ahead.
     */
    private static boolean behind(Task current, TaskFields synced) {
        return current != null && !current.inTrash() && synced != null
                && !com.tasksync.mapping.ThreeWayMerge.changedSince(synced, current.fields()).isEmpty();
    }

    /** What Salesforce holds of the task after this write, as far as sync knows; null when it holds no record. */
    private TaskFields lastSynced(PlannedWrite write) {
        return switch (write.kind()) {
            case CREATE -> SalesforceShape.of(write.task().fields());
            // read again: a late write recorded since this one was planned may have moved it
            case UPDATE, NOTHING -> links.find(write.entry().taskId()).filter(TaskLink::linked)
                    .map(TaskLink::syncedFields).orElse(null);
            default -> null;
        };
    }

    /** The task goes out again (an outbox entry, due now, unless one waits already), and says pending. */
    private void sendAgain(PlannedWrite write, String salesforceId) {
        var entry = write.entry();
        if (!outbox.exists(entry.taskId())) {
            // no change waits to be sent: another relay took this entry while this write was out, and decided
            // from values this write has changed since
            log.info("Task {} of user {} holds changes Salesforce was not given by a write that landed after its"
                    + " claim ran out; sending them", entry.taskId(), entry.userId());
            outbox.enqueue(entry.userId(), entry.taskId(), "updated", clock.instant());
        }
        tasks.markSyncState(entry.taskId(), TaskSyncState.PENDING, salesforceId, null);
    }

    private void retry(PlannedWrite write, String message) {
        var attempts = write.entry().attempts() + 1;
        if (attempts >= properties.maxAttempts()) {
            rejected(write, "Gave up after " + attempts + " attempts: " + message);
            return;
        }
        log.info("Retrying task {} ({}) for user {} later: {}", write.entry().taskId(), write.salesforceId(),
                write.entry().userId(), message);
        outbox.scheduleRetry(write.entry(), clock.instant().plus(backoff.backoff(attempts, random)), message);
    }

    /** Backs off like a retry, but an outage is never the record's fault: it never blocks. */
    private void callFailed(PlannedWrite write, Outcome.CallFailed failed) {
        var attempts = write.entry().attempts() + 1;
        outbox.scheduleRetry(write.entry(), clock.instant().plus(backoff.backoff(attempts, random)),
                failed.code() + ": " + failed.message());
    }

    private void rejected(PlannedWrite write, String message) {
        log.warn("Salesforce rejected task {} ({}) of user {}: {}", write.entry().taskId(), write.salesforceId(),
                write.entry().userId(), message);
        if (outbox.block(write.entry(), message) && write.task() != null) {
            tasks.markSyncState(write.entry().taskId(), TaskSyncState.ERROR, null, message);
        }
        log(write, Direction.TO_SALESFORCE, Action.ERROR, message);
    }

    private void log(PlannedWrite write, Direction direction, Action action, String message) {
        log(write, direction, action, write.salesforceId(), message);
    }

    private void log(PlannedWrite write, Direction direction, Action action, String salesforceId, String message) {
        var subject = write.task() == null ? null : write.task().subject();
        syncLog.record(new SyncLogEntry(write.entry().userId(), clock.instant(), direction, action,
                write.entry().taskId(), salesforceId, subject, message));
    }

    private static Action action(PlannedWrite write) {
        return switch (write.kind()) {
            case CREATE -> Action.CREATE;
            case DELETE, DELETE_LOST_CREATE -> Action.DELETE;
            default -> !write.fields().contains(TaskField.STATUS) ? Action.UPDATE
                    : write.task().status() == TaskStatus.COMPLETED ? Action.COMPLETE : Action.REOPEN;
        };
    }
}
