package com.tasksync.outbound;

import com.tasksync.connection.ApiBudget;
import com.tasksync.connection.ApiCalls;
import com.tasksync.connection.SalesforceClients;
import com.tasksync.connection.UserClient;
import com.tasksync.links.TaskLinks;
import com.tasksync.mapping.SalesforceShape;
import com.tasksync.system.LogFields;
import com.tasksync.task.TaskFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;

/**
 * Sends due outbox entries to Salesforce. {@link #relayOnce} is one synchronous step: claim a batch
 * of due entries ({@link OutboxClaims}), and for each user: note the writes about to leave, send them
 * ({@link OutboundSender}), and record each outcome ({@link OutboundResults}). A failure of one
 * user's batch never stops the others ({@link RelayTrouble}).
 */
@Component
public class OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final OutboxClaims claims;
    private final SalesforceClients clients;
    private final OutboundSender sender;
    private final OutboundResults results;
    private final RelayTrouble trouble;
    private final ApiCalls calls;
    private final Guard guard;

    OutboxRelay(OutboxClaims claims, SalesforceClients clients, OutboundSender sender, OutboundResults results,
            RelayTrouble trouble, ApiCalls calls, Guard guard) {
        this.claims = claims;
        this.clients = clients;
        this.sender = sender;
        this.results = results;
        this.trouble = trouble;
        this.calls = calls;
        this.guard = guard;
    }

    /** What must hold before a batch leaves: the org's API share, and the writes noted as in flight. */
    @Component
    static class Guard {

        private final ApiBudget budget;
        private final TaskLinks links;
        private final OutboundSettings settings;

        Guard(ApiBudget budget, TaskLinks links, OutboundSettings settings) {
            this.budget = budget;
            this.links = links;
            this.settings = settings;
        }

        boolean allows(UserClient client) {
            return budget.allows(client.orgId(), client.client());
        }

        /** Notes the creates and updates about to go out, before they leave, so a poll can tell their echoes. */
        void startWrites(UUID userId, List<PlannedWrite> toSend) {
            var sending = new HashMap<UUID, TaskFields>();
            toSend.stream().filter(write -> write.kind() == PlannedWrite.Kind.CREATE
                            || write.kind() == PlannedWrite.Kind.UPDATE)
                    .forEach(write -> sending.put(write.entry().taskId(), SalesforceShape.of(write.task().fields())));
            settings.transaction().executeWithoutResult(status -> links.startWrites(userId, sending));
        }
    }

    /** Claims and sends one batch; returns how many entries it handled (0 when nothing was due). */
    public int relayOnce() {
        var claimed = claims.claimDue();
        var byUser = new LinkedHashMap<UUID, List<OutboxEntry>>();
        claimed.forEach(entry -> byUser.computeIfAbsent(entry.userId(), id -> new ArrayList<>()).add(entry));
        byUser.forEach(this::relayForUser);
        calls.flush();
        return claimed.size();
    }

    /** Entries still to send, blocked ones left out. */
    public long pending() {
        return claims.pending();
    }

    /** Relays one user's entries, with the user and then the org in the MDC for every line logged meanwhile. */
    private void relayForUser(UUID userId, List<OutboxEntry> entries) {
        String orgId = null;
        try (var user = MDC.putCloseable(LogFields.USER_ID, userId.toString())) {
            try {
                var client = clients.forUser(userId);
                var writes = claims.plan(userId, entries);
                if (client.isEmpty()) {
                    writes.forEach(write -> results.record(write, new Outcome.Reconnect("no Salesforce connection")));
                    return;
                }
                orgId = client.get().orgId();
                MDC.put(LogFields.ORG_ID, orgId);
                send(client.get(), writes);
            } catch (RuntimeException e) {
                trouble.failed(userId, orgId, entries, e);
            } finally {
                MDC.remove(LogFields.ORG_ID);
            }
        }
    }

    private void recordOne(UUID userId, PlannedWrite write, Outcome outcome) {
        try {
            results.record(write, outcome);
        } catch (RuntimeException e) {
            log.warn("Recording the answer for task {} of user {} failed", write.entry().taskId(), userId, e);
            results.recordingFailed(write, e);
        }
    }

    private void send(UserClient client, List<PlannedWrite> writes) {
        Map<PlannedWrite, Outcome> outcomes = new IdentityHashMap<>();
        var toSend = writes.stream().filter(write -> write.kind() != PlannedWrite.Kind.NOTHING).toList();
        if (!toSend.isEmpty() && !guard.allows(client)) {
            toSend.forEach(write -> outcomes.put(write, new Outcome.OverBudget()));
            trouble.overBudget(client.userId(), client.orgId());
        } else if (!toSend.isEmpty()) {
            guard.startWrites(client.userId(), toSend);
            outcomes.putAll(sender.send(client, toSend));
        }
        writes.forEach(write -> outcomes.putIfAbsent(write, new Outcome.Sent(write.salesforceId())));
        // the names of the fields an update sent (never their values): what a replay needs to tell retries apart
        writes.forEach(write -> log.debug("Task {} ({}, {}, fields {}): {}", write.entry().taskId(), write.kind(),
                write.salesforceId(), write.fields(), OutboundMetrics.name(outcomes.get(write))));
        try {
            results.recordAll(writes, outcomes);
        } catch (RuntimeException batchFailed) {
            // One answer the database refuses must not hold back the others: record them one by one.
            log.info("Recording {} answers for user {} at once failed; recording them one by one", writes.size(),
                    client.userId(), batchFailed);
            for (var write : writes) {
                try (var task = MDC.putCloseable(LogFields.TASK_ID, write.entry().taskId().toString())) {
                    recordOne(client.userId(), write, outcomes.get(write));
                }
            }
        }
        log.debug("Sent {} of {} changes to Salesforce", toSend.size(), writes.size());
        trouble.sent(client, toSend, outcomes);
    }
}
