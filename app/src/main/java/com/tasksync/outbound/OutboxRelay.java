package com.tasksync.outbound;

import com.tasksync.connection.ApiBudget;
import com.tasksync.connection.ApiCalls;
import com.tasksync.system.NodeName;
import com.tasksync.connection.SalesforceClients;
import com.tasksync.sync.SyncLifecycle;
import com.tasksync.links.TaskLinks;
import com.tasksync.connection.UserClient;
import com.tasksync.mapping.SalesforceShape;
import com.tasksync.sync.SyncProblem.Source;
import com.tasksync.sync.SyncProblems;
import com.tasksync.task.SyncedTaskWrites;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends due outbox entries to Salesforce. {@link #relayOnce} is one synchronous step: claim a batch
 * of due entries (row locks, so several nodes never take the same one), plan each task's write
 * from its current state, send per user, and record each outcome. A failure of one user's batch
 * never stops the others.
 */
@Component
public class OutboxRelay {

    static final int BATCH = 2000;
    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final OutboxRepository outbox;
    private final TaskLinks links;
    private final SyncedTaskWrites tasks;
    private final SalesforceClients clients;
    private final OutboundSender sender;
    private final OutboundResults results;
    private final ApiBudget budget;
    private final ApiCalls calls;
    private final SyncProblems problems;
    private final SyncLifecycle states;
    private final TransactionTemplate transaction;
    private final OutboundProperties properties;
    private final NodeName node;
    private final Clock clock;

    OutboxRelay(OutboxRepository outbox, TaskLinks links, SyncedTaskWrites tasks, SalesforceClients clients,
            OutboundSender sender, OutboundResults results, ApiBudget budget, ApiCalls calls, SyncProblems problems,
            SyncLifecycle states, TransactionTemplate transaction, OutboundProperties properties, NodeName node, Clock clock) {
        this.outbox = outbox;
        this.links = links;
        this.tasks = tasks;
        this.clients = clients;
        this.sender = sender;
        this.results = results;
        this.budget = budget;
        this.calls = calls;
        this.problems = problems;
        this.states = states;
        this.transaction = transaction;
        this.properties = properties;
        this.node = node;
        this.clock = clock;
    }

    /** Claims and sends one batch; returns how many entries it handled (0 when nothing was due). */
    public int relayOnce() {
        var now = clock.instant();
        var claimed = transaction.execute(status ->
                outbox.claimDueEntries(node.value(), now, now.plus(properties.claimLease()), BATCH));
        var byUser = new LinkedHashMap<UUID, List<OutboxEntry>>();
        claimed.forEach(entry -> byUser.computeIfAbsent(entry.userId(), id -> new ArrayList<>()).add(entry));
        byUser.forEach(this::relayForUser);
        calls.flush();
        return claimed.size();
    }

    /** Entries still to send, blocked ones left out. */
    public long pending() {
        return outbox.countPending();
    }

    private void relayForUser(UUID userId, List<OutboxEntry> entries) {
        try {
            var client = clients.forUser(userId);
            var writes = plan(userId, entries);
            if (client.isEmpty()) {
                writes.forEach(write -> results.record(write, new Outcome.Reconnect("no Salesforce connection")));
                return;
            }
            send(client.get(), writes);
        } catch (RuntimeException e) {
            failed(userId, entries, e);
        }
    }

    /**
     * Something failed before or around the sends (reading the org's profile, a lookup, a bug): the
     * entries stay in the outbox and come due again later, and the user's sync shows the problem.
     */
    private void failed(UUID userId, List<OutboxEntry> entries, RuntimeException e) {
        var outcome = Outcomes.ofFailure(e);
        if (outcome instanceof Outcome.Reconnect reconnect) {
            entries.forEach(entry -> transaction.executeWithoutResult(status -> outbox.release(entry, null)));
            states.reconnect(userId, "Salesforce refused the stored sign-in (" + reconnect.message()
                    + "); connect again to resume sync.");
            return;
        }
        log.warn("Relaying {} changes of user {} failed; they stay in the outbox and are tried again later",
                entries.size(), userId, e);
        var code = outcome instanceof Outcome.CallFailed failed ? failed.code() : "INTERNAL";
        var later = clock.instant().plus(properties.retryDelay());
        entries.forEach(entry -> transaction.executeWithoutResult(status ->
                outbox.scheduleRetry(entry, later, code + ": " + e.getMessage())));
        problems.report(List.of(userId), Source.OUTBOUND, code,
                "Sending changes to Salesforce failed: " + e.getMessage() + ".", later);
    }

    private List<PlannedWrite> plan(UUID userId, List<OutboxEntry> entries) {
        var taskLinks = links.findAll(entries.stream().map(OutboxEntry::taskId).toList());
        return entries.stream().map(entry -> PlannedWrite.plan(entry, tasks.find(userId, entry.taskId()),
                java.util.Optional.ofNullable(taskLinks.get(entry.taskId())))).toList();
    }

    private void send(UserClient client, List<PlannedWrite> writes) {
        Map<PlannedWrite, Outcome> outcomes = new java.util.IdentityHashMap<>();
        var toSend = writes.stream().filter(write -> write.kind() != PlannedWrite.Kind.NOTHING).toList();
        if (!toSend.isEmpty() && !budget.allows(client.orgId())) {
            toSend.forEach(write -> outcomes.put(write, new Outcome.OverBudget()));
            problems.report(List.of(client.userId()), Source.BUDGET, "API_SHARE_USED", "TaskSync has used its share"
                    + " of the org's daily Salesforce API requests and holds changes back until it frees up.",
                    clock.instant().plus(properties.maxRetryDelay()));
        } else if (!toSend.isEmpty()) {
            startWrites(client.userId(), toSend);
            outcomes.putAll(sender.send(client, toSend));
        }
        for (var write : writes) {
            var outcome = outcomes.getOrDefault(write, new Outcome.Sent(write.salesforceId()));
            try {
                results.record(write, outcome);
            } catch (RuntimeException e) {
                log.warn("Recording the answer for task {} of user {} failed", write.entry().taskId(),
                        client.userId(), e);
                results.recordingFailed(write, e);
            }
        }
        reportProblems(client.userId(), toSend, outcomes);
    }

    /** Notes the creates and updates about to go out, before they leave, so a poll can tell their echoes. */
    private void startWrites(UUID userId, List<PlannedWrite> toSend) {
        var sending = new java.util.HashMap<UUID, com.tasksync.task.TaskFields>();
        toSend.stream().filter(write -> write.kind() == PlannedWrite.Kind.CREATE
                        || write.kind() == PlannedWrite.Kind.UPDATE)
                .forEach(write -> sending.put(write.entry().taskId(), SalesforceShape.of(write.task().fields())));
        transaction.executeWithoutResult(status -> links.startWrites(userId, sending));
    }

    /** A whole call that failed is a problem of the user's sync until a call goes through again. */
    private void reportProblems(UUID userId, List<PlannedWrite> sent, Map<PlannedWrite, Outcome> outcomes) {
        if (sent.isEmpty()) {
            return;
        }
        var failed = sent.stream().map(outcomes::get).filter(Outcome.CallFailed.class::isInstance)
                .map(Outcome.CallFailed.class::cast).findFirst();
        if (failed.isPresent()) {
            problems.report(List.of(userId), Source.OUTBOUND, failed.get().code(), "Sending changes to Salesforce"
                    + " failed: " + failed.get().message() + ".", outbox.nextAttempt(userId).orElse(null));
        } else if (sent.stream().map(outcomes::get).noneMatch(Outcome.OverBudget.class::isInstance)) {
            problems.clear(List.of(userId), Source.OUTBOUND);
            problems.clear(List.of(userId), Source.BUDGET);
        }
    }
}
