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
import com.tasksync.mapping.TaskFieldNames;
import com.tasksync.salesforce.client.error.SalesforceApiException;
import com.tasksync.salesforce.client.soql.Soql;
import com.tasksync.sync.SyncLogEntry.Action;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
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
 * SystemModstamp seen, a server timestamp) and the next interval.
 */
@Component
public class InboundPoller {

    private static final Logger log = LoggerFactory.getLogger(InboundPoller.class);

    private final SyncCursors cursors;
    private final SyncAccounts accounts;
    private final SyncStates states;
    private final SalesforceClients clients;
    private final InboundBatches batches;
    private final ApiBudget budget;
    private final ApiCalls calls;
    private final TransactionTemplate transaction;
    private final SyncEngineProperties properties;
    private final PollInterval intervals;
    private final NodeName node;
    private final Clock clock;

    InboundPoller(SyncCursors cursors, SyncAccounts accounts, SyncStates states, SalesforceClients clients,
            InboundBatches batches, ApiBudget budget, ApiCalls calls, TransactionTemplate transaction,
            SyncEngineProperties properties, NodeName node, Clock clock) {
        this.cursors = cursors;
        this.accounts = accounts;
        this.states = states;
        this.clients = clients;
        this.batches = batches;
        this.budget = budget;
        this.calls = calls;
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
            log.warn("Polling org {} failed; trying again at the longest interval", cursor.orgId(), e);
            save(cursor, cursor.watermark(), properties.maxPollInterval());
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
        if (!budget.allows(cursor.orgId())) {
            log.info("Org {} has used its API share; polling again in {}", cursor.orgId(), properties.maxPollInterval());
            save(cursor, cursor.watermark(), properties.maxPollInterval());
            return;
        }
        var owners = live.stream().collect(Collectors.toMap(SyncAccount::salesforceUserId, Function.identity()));
        var summary = query(client.get(), cursor, owners);
        var watermark = summary.latestModstamp() == null ? cursor.watermark() : summary.latestModstamp();
        var pressure = budget.pressure(cursor.orgId());
        save(cursor, watermark, intervals.next(cursor.interval(), summary.changed() > 0, pressure));
        transaction.executeWithoutResult(status -> {
            accounts.saveLastSyncPoint(live.stream().map(SyncAccount::userId).toList(), watermark);
            states.synced(live.stream().map(SyncAccount::userId).toList(), clock.instant());
        });
    }

    private InboundBatches.Summary query(UserClient client, SyncCursor cursor, Map<String, SyncAccount> owners) {
        var soql = Soql.of("SELECT " + TaskFieldNames.SELECT_LIST
                        + " FROM Task WHERE SystemModstamp >= :from AND OwnerId IN :owners ORDER BY SystemModstamp, Id")
                .bind("from", cursor.watermark().minus(properties.pollOverlap()))
                .bind("owners", owners.keySet().stream().sorted().toList());
        try (var rows = client.client().queryAll(soql)) {
            return batches.apply(rows, owners, Action.CREATE, done -> { });
        } catch (SalesforceApiException e) {
            if (e.reconnectRequired()) {
                states.reconnect(client.userId(), "Salesforce refused the stored sign-in; connect again.");
            }
            throw e;
        } finally {
            client.client().apiUsage().ifPresent(usage -> budget.observe(client.orgId(), usage));
        }
    }

    private void save(SyncCursor cursor, Instant watermark, java.time.Duration interval) {
        transaction.executeWithoutResult(status ->
                cursors.savePoll(cursor.orgId(), cursor.watermark(), watermark, interval, clock.instant()));
    }
}
