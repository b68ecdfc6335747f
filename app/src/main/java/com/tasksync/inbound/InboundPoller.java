package com.tasksync.inbound;

import com.tasksync.engine.ApiBudget;
import com.tasksync.engine.ApiCalls;
import com.tasksync.engine.NodeName;
import com.tasksync.engine.SalesforceClients;
import com.tasksync.engine.SyncAccount;
import com.tasksync.engine.SyncAccounts;
import com.tasksync.engine.SyncEngineProperties;
import com.tasksync.engine.SyncStates;
import com.tasksync.engine.UserClient;
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
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Polls Salesforce for changes. {@link #pollOnce} is one synchronous step: claim the org whose
 * poll is due, send one queryAll for all its live users' tasks with SystemModstamp at or after the
 * watermark minus the overlap, apply what came, and save the new watermark (the newest
 * SystemModstamp seen, held back to a record left to the next poll) and the next interval. A poll
 * that fails shows as a problem of its users' sync, with the next try, until a poll succeeds.
 */
@Component
public class InboundPoller {

    private static final Logger log = LoggerFactory.getLogger(InboundPoller.class);

    private final SyncCursors cursors;
    private final SyncAccounts accounts;
    private final SyncStates states;
    private final SalesforceClients clients;
    private final InboundReads reads;
    private final ApiBudget budget;
    private final ApiCalls calls;
    private final SyncProblems problems;
    private final TransactionTemplate transaction;
    private final SyncEngineProperties properties;
    private final PollInterval intervals;
    private final NodeName node;
    private final Clock clock;

    InboundPoller(SyncCursors cursors, SyncAccounts accounts, SyncStates states, SalesforceClients clients,
            InboundReads reads, ApiBudget budget, ApiCalls calls, SyncProblems problems,
            TransactionTemplate transaction, SyncEngineProperties properties, NodeName node, Clock clock) {
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
        this.node = node;
        this.clock = clock;
    }

    /** Polls the one org whose turn it is; returns 1 when an org was polled, 0 when none was due. */
    public int pollOnce() {
        var now = clock.instant();
        var claimed = transaction.execute(status -> cursors.claimDue(node.value(), now, now.plus(properties.claimLease())));
        if (claimed == null || claimed.isEmpty()) {
            return 0;
        }
        var cursor = claimed.get();
        try {
            poll(cursor);
        } catch (RuntimeException e) {
            var retryIn = retryInterval(cursor);
            log.warn("Polling org {} failed; trying again in {}", cursor.orgId(), retryIn, e);
            save(cursor, cursor.watermark(), retryIn);
            problems.report(userIds(accounts.live(cursor.orgId())), Source.INBOUND, code(e),
                    "Reading changes from Salesforce failed: " + describe(e) + ".", clock.instant().plus(retryIn));
        } finally {
            calls.flush();
        }
        return 1;
    }

    /** The org's watermark, for tests and the Settings page. */
    public Optional<Instant> watermark(String orgId) {
        return cursors.watermark(orgId);
    }

    private void poll(SyncCursor cursor) {
        var live = accounts.live(cursor.orgId());
        var client = live.stream().map(account -> clients.forUser(account.userId())).flatMap(Optional::stream)
                .findFirst();
        if (live.isEmpty() || client.isEmpty()) {
            save(cursor, cursor.watermark(), properties.maxPollInterval());
            return;
        }
        var users = userIds(live);
        if (!budget.allows(cursor.orgId())) {
            log.info("Org {} has used its API share; polling again in {}", cursor.orgId(), properties.maxPollInterval());
            save(cursor, cursor.watermark(), properties.maxPollInterval());
            problems.report(users, Source.BUDGET, "API_SHARE_USED", "TaskSync has used its share of the org's daily"
                    + " Salesforce API requests and holds back until it frees up.",
                    clock.instant().plus(properties.maxPollInterval()));
            return;
        }
        problems.clear(users, Source.BUDGET);
        var owners = live.stream().collect(Collectors.toMap(SyncAccount::salesforceUserId, Function.identity()));
        var summary = query(client.get(), cursor, owners);
        var retried = reads.retrySetAside(client.get(), owners);
        var watermark = summary.nextWatermark(cursor.watermark());
        var pressure = budget.pressure(cursor.orgId());
        var changed = summary.changed() > 0 || retried != null && retried.changed() > 0;
        save(cursor, watermark, intervals.next(cursor.interval(), changed, pressure));
        transaction.executeWithoutResult(status -> {
            accounts.saveLastSyncPoint(users, watermark);
            states.synced(users, clock.instant());
        });
        problems.clear(users, Source.INBOUND);
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
        transaction.executeWithoutResult(status ->
                cursors.savePoll(cursor.orgId(), cursor.watermark(), watermark, interval, clock.instant()));
    }

    private static List<UUID> userIds(List<SyncAccount> accounts) {
        return accounts.stream().map(SyncAccount::userId).toList();
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
