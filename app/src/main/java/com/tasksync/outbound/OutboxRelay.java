package com.tasksync.outbound;

import com.tasksync.engine.ApiBudget;
import com.tasksync.engine.ApiCalls;
import com.tasksync.engine.NodeName;
import com.tasksync.engine.SalesforceClients;
import com.tasksync.engine.SyncEngineProperties;
import com.tasksync.engine.TaskLinks;
import com.tasksync.engine.UserClient;
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
    private final TransactionTemplate transaction;
    private final SyncEngineProperties properties;
    private final NodeName node;
    private final Clock clock;

    OutboxRelay(OutboxRepository outbox, TaskLinks links, SyncedTaskWrites tasks, SalesforceClients clients,
            OutboundSender sender, OutboundResults results, ApiBudget budget, ApiCalls calls,
            TransactionTemplate transaction, SyncEngineProperties properties, NodeName node, Clock clock) {
        this.outbox = outbox;
        this.links = links;
        this.tasks = tasks;
        this.clients = clients;
        this.sender = sender;
        this.results = results;
        this.budget = budget;
        this.calls = calls;
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
            log.warn("Relaying {} changes of user {} failed; they stay in the outbox", entries.size(), userId, e);
            var later = clock.instant().plus(properties.retryDelay());
            entries.forEach(entry -> transaction.executeWithoutResult(status -> outbox.release(entry, later)));
        }
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
        } else if (!toSend.isEmpty()) {
            outcomes.putAll(sender.send(client, toSend));
            client.client().apiUsage().ifPresent(usage -> budget.observe(client.orgId(), usage));
        }
        for (var write : writes) {
            var outcome = outcomes.getOrDefault(write, new Outcome.Sent(write.salesforceId()));
            results.record(write, outcome);
        }
    }
}
