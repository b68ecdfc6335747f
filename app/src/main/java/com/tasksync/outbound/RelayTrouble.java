package com.tasksync.outbound;

import com.tasksync.connection.ApiBudget;
import com.tasksync.connection.UserClient;
import com.tasksync.sync.SyncLifecycle;
import com.tasksync.sync.SyncProblem.Source;
import com.tasksync.sync.SyncProblems;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What the relay does when sending goes wrong for a user as a whole: entries stay in the outbox and
 * come due again later (or wait for a reconnect), and the user's sync shows the problem until a call
 * goes through again. It hears how every send went, so it also counts each outcome for the meters.
 */
@Component
class RelayTrouble {

    private static final Logger log = LoggerFactory.getLogger(RelayTrouble.class);

    private final OutboxRepository outbox;
    private final SyncProblems problems;
    private final SyncLifecycle states;
    private final OutboundMetrics metrics;
    private final OutboundSettings settings;
    private final ApiBudget budget;

    RelayTrouble(OutboxRepository outbox, SyncProblems problems, SyncLifecycle states, OutboundMetrics metrics,
            OutboundSettings settings, ApiBudget budget) {
        this.budget = budget;
        this.outbox = outbox;
        this.problems = problems;
        this.states = states;
        this.metrics = metrics;
        this.settings = settings;
    }

    /**
     * Something failed before or around the sends (reading the org's profile, a lookup, a bug); the
     * org is null when the failure came before the user's client was known.
     */
    void failed(UUID userId, String orgId, List<OutboxEntry> entries, RuntimeException e) {
        var outcome = Outcomes.ofFailure(e);
        var org = orgId == null ? "unknown" : orgId;
        if (outcome instanceof Outcome.Reconnect reconnect) {
            entries.forEach(entry -> metrics.recorded(org, reconnect));
            entries.forEach(entry -> settings.transaction().executeWithoutResult(status -> outbox.release(entry, null)));
            states.reconnect(userId, "Salesforce refused the stored sign-in (" + reconnect.message()
                    + "); connect again to resume sync.");
            return;
        }
        log.warn("Relaying {} changes of user {} failed; they stay in the outbox and are tried again later",
                entries.size(), userId, e);
        var code = outcome instanceof Outcome.CallFailed failed ? failed.code() : "INTERNAL";
        var callFailed = new Outcome.CallFailed(code, String.valueOf(e.getMessage()));
        entries.forEach(entry -> metrics.recorded(org, callFailed));
        var later = settings.clock().instant().plus(settings.properties().retryDelay());
        entries.forEach(entry -> settings.transaction().executeWithoutResult(status ->
                outbox.scheduleRetry(entry, later, code + ": " + e.getMessage())));
        problems.report(List.of(userId), Source.OUTBOUND, code,
                "Sending changes to Salesforce failed: " + e.getMessage() + ".", later);
    }

    void overBudget(UUID userId, String orgId) {
        var why = budget.holdingBack(orgId);
        problems.report(List.of(userId), Source.BUDGET, why.code(), why.message(),
                settings.clock().instant().plus(OutboundResults.overBudgetWait(settings.properties())));
    }

    /**
     * A whole call that failed is a problem of the user's sync until a call goes through again, or
     * until nothing is left to send (the changes that met the failure were folded into later ones).
     */
    void sent(UserClient client, List<PlannedWrite> sent, Map<PlannedWrite, Outcome> outcomes) {
        var userId = client.userId();
        sent.forEach(write -> metrics.recorded(client.orgId(), outcomes.get(write)));
        var failed = sent.stream().map(outcomes::get).filter(Outcome.CallFailed.class::isInstance)
                .map(Outcome.CallFailed.class::cast).findFirst();
        if (failed.isPresent()) {
            var next = outbox.nextAttempt(userId).orElse(null);
            // an operator reading the log sees the relay held up, as a failed poll shows there
            log.warn("Sending {} changes of user {} to Salesforce failed ({}: {}); they stay in the outbox, next try at {}",
                    sent.size(), userId, failed.get().code(), failed.get().message(), next);
            problems.report(List.of(userId), Source.OUTBOUND, failed.get().code(), "Sending changes to Salesforce"
                    + " failed: " + failed.get().message() + ".", next);
        } else if (sent.stream().map(outcomes::get).noneMatch(Outcome.OverBudget.class::isInstance)) {
            problems.clear(List.of(userId), Source.OUTBOUND);
            problems.clear(List.of(userId), Source.BUDGET);
        }
    }
}
