package com.tasksync.inbound;

import com.tasksync.connection.ApiBudget;
import com.tasksync.connection.ApiCalls;
import com.tasksync.connection.SalesforceClients;
import com.tasksync.sync.SyncAccount;
import com.tasksync.sync.SyncAccounts;
import com.tasksync.sync.SyncLifecycle;
import com.tasksync.connection.UserClient;
import com.tasksync.salesforce.client.error.SalesforceApiException;
import com.tasksync.salesforce.client.soql.Soql;
import com.tasksync.sync.SyncLogEntry.Action;
import com.tasksync.sync.SyncProblem.Source;
import com.tasksync.sync.SyncProblems;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Polls Salesforce for changes. {@link #pollUser} is one synchronous step, run by the poll job: send
 * one queryAll for the user's tasks with SystemModstamp at or after the watermark minus the overlap —
 * with the user's own session, which is all a rep's session may read in a real org — apply what came,
 * and save the new watermark (the newest SystemModstamp seen, held back to a record left to the next
 * poll) and the next interval. A poll that fails shows as a problem of the user's sync, with the
 * next try, until a poll succeeds.
 */
@Component
public class InboundPoller {

    private static final Logger log = LoggerFactory.getLogger(InboundPoller.class);

    private final SyncCursors cursors;
    private final SyncAccounts accounts;
    private final SyncLifecycle states;
    private final SalesforceClients clients;
    private final InboundReads reads;
    private final ApiBudget budget;
    private final ApiCalls calls;
    private final SyncProblems problems;
    private final TransactionTemplate transaction;
    private final InboundProperties properties;
    private final PollInterval intervals;
    private final Clock clock;

    InboundPoller(SyncCursors cursors, SyncAccounts accounts, SyncLifecycle states, SalesforceClients clients,
            InboundReads reads, ApiBudget budget, ApiCalls calls, SyncProblems problems,
            TransactionTemplate transaction, InboundProperties properties, Clock clock) {
        this.cursors = cursors;
        this.accounts = accounts;
        this.states = states;
        this.clients = clients;
        this.reads = reads;
        this.budget = budget;
        this.calls = calls;
        this.problems = problems;
        this.transaction = transaction;
        this.properties = properties;
        this.intervals = new PollInterval(properties.pollInterval(), properties.maxPollInterval());
        this.clock = clock;
    }

    /**
     * Reads one user's changes with that user's own session — a rep's session sees only the rep's
     * tasks — and returns when to read again, or nothing when the user's sync no longer runs live.
     */
    public Optional<Duration> pollUser(UUID userId) {
        var account = accounts.findLive(userId);
        var cursor = cursors.ofUser(userId);
        if (account.isEmpty() || cursor.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(poll(account.get(), cursor.get()));
        } catch (RuntimeException e) {
            var retryIn = retryInterval(cursor.get());
            log.warn("Polling user {} failed; trying again in {}", userId, retryIn, e);
            save(cursor.get(), cursor.get().watermark(), retryIn);
            problems.report(List.of(userId), Source.INBOUND, code(e),
                    "Reading changes from Salesforce failed: " + describe(e) + ".", clock.instant().plus(retryIn));
            return Optional.of(retryIn);
        } finally {
            calls.flush();
        }
    }

    private Duration poll(SyncAccount account, SyncCursor cursor) {
        var users = List.of(account.userId());
        var client = clients.forUser(account.userId());
        if (client.isEmpty()) {
            return properties.maxPollInterval();
        }
        if (!budget.allows(cursor.orgId())) {
            log.info("Org {} has used its API share; polling again in {}", cursor.orgId(), properties.maxPollInterval());
            save(cursor, cursor.watermark(), properties.maxPollInterval());
            problems.report(users, Source.BUDGET, "API_SHARE_USED", "TaskSync has used its share of the org's daily"
                    + " Salesforce API requests and holds back until it frees up.",
                    clock.instant().plus(properties.maxPollInterval()));
            return properties.maxPollInterval();
        }
        problems.clear(users, Source.BUDGET);
        var owners = Map.of(account.salesforceUserId(), account);
        var summary = query(client.get(), cursor, owners);
        var retried = reads.retrySetAside(client.get(), owners);
        var watermark = summary.nextWatermark(cursor.watermark());
        var changed = summary.changed() > 0 || retried != null && retried.changed() > 0;
        var next = intervals.next(cursor.interval(), changed, budget.pressure(cursor.orgId()));
        save(cursor, watermark, next);
        transaction.executeWithoutResult(status -> {
            accounts.saveLastSyncPoint(users, watermark);
            states.synced(users, clock.instant());
        });
        problems.clear(users, Source.INBOUND);
        return next;
    }

    private InboundBatches.Summary query(UserClient client, SyncCursor cursor, Map<String, SyncAccount> owners) {
        var owned = owners.keySet().stream().sorted().toList();
        var from = cursor.watermark().minus(properties.pollOverlap());
        try {
            return reads.read(client, owners, Action.CREATE, true, select -> Soql.of("SELECT " + select
                            + " FROM Task WHERE SystemModstamp >= :from AND OwnerId IN :owners ORDER BY SystemModstamp, Id")
                    .bind("from", from).bind("owners", owned), done -> { });
        } catch (SalesforceApiException e) {
            if (e.reconnectRequired()) {
                states.reconnect(client.userId(), "Salesforce refused the stored sign-in; connect again.");
            }
            throw e;
        }
    }

    /** After a failure: the base interval doubled, at most the longest, so an outage is not hammered. */
    private Duration retryInterval(SyncCursor cursor) {
        var doubled = cursor.interval().multipliedBy(2);
        return doubled.compareTo(properties.maxPollInterval()) > 0 ? properties.maxPollInterval() : doubled;
    }

    private void save(SyncCursor cursor, Instant watermark, Duration interval) {
        transaction.executeWithoutResult(status -> cursors.savePoll(cursor, watermark, interval, clock.instant()));
    }

    static String code(RuntimeException e) {
        return e instanceof SalesforceApiException api ? api.errorCode() : "INTERNAL";
    }

    static String describe(RuntimeException e) {
        if (e instanceof SalesforceApiException api) {
            var status = api.httpStatus() == 0 ? "no answer" : "HTTP " + api.httpStatus();
            return api.errorCode() + " (" + status + "): " + api.salesforceMessage();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
