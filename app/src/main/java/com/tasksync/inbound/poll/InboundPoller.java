package com.tasksync.inbound.poll;

import com.tasksync.connection.ApiBudget;
import com.tasksync.connection.SalesforceClients;
import com.tasksync.connection.UserClient;
import com.tasksync.inbound.InboundProperties;
import com.tasksync.inbound.apply.InboundBatches;
import com.tasksync.inbound.apply.InboundReads;
import com.tasksync.salesforce.client.soql.Soql;
import com.tasksync.sync.SyncAccount;
import com.tasksync.sync.SyncAccounts;
import com.tasksync.sync.SyncLogEntry.Action;
import com.tasksync.system.LogFields;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;

/**
 * Polls Salesforce for changes. {@link #pollUser} is one synchronous step, run by the poll job: send
 * one queryAll for the user's tasks with SystemModstamp at or after the watermark minus the overlap —
 * with the user's own session, which is all a rep's session may read in a real org — apply what came,
 * and record the new watermark (the newest SystemModstamp seen, held back to a record left to the next
 * poll) and the next interval ({@link PollRecorder}). A poll that fails shows as a problem of the
 * user's sync, with the next try, until a poll succeeds.
 */
@Component
public class InboundPoller {

    private static final Logger log = LoggerFactory.getLogger(InboundPoller.class);

    private final SyncAccounts accounts;
    private final SyncCursors cursors;
    private final SalesforceClients clients;
    private final InboundReads reads;
    private final ApiBudget budget;
    private final PollRecorder recorder;
    private final InboundProperties properties;
    private final PollInterval intervals;

    InboundPoller(SyncAccounts accounts, SyncCursors cursors, SalesforceClients clients, InboundReads reads,
            ApiBudget budget, PollRecorder recorder, InboundProperties properties) {
        this.accounts = accounts;
        this.cursors = cursors;
        this.clients = clients;
        this.reads = reads;
        this.budget = budget;
        this.recorder = recorder;
        this.properties = properties;
        this.intervals = new PollInterval(properties.pollInterval(), properties.maxPollInterval(),
                properties.lowBudgetPollInterval());
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
        try (var user = MDC.putCloseable(LogFields.USER_ID, userId.toString());
                var org = MDC.putCloseable(LogFields.ORG_ID, cursor.get().orgId())) {
            return Optional.of(pollOrRetry(account.get(), cursor.get()));
        }
    }

    private Duration pollOrRetry(SyncAccount account, SyncCursor cursor) {
        try {
            return poll(account, cursor);
        } catch (RuntimeException e) {
            var retryIn = retryInterval(cursor);
            log.warn("Polling user {} failed; trying again in {}", account.userId(), retryIn, e);
            recorder.failed(cursor, e, retryIn);
            return retryIn;
        } finally {
            budget.flush();
        }
    }

    private Duration poll(SyncAccount account, SyncCursor cursor) {
        var client = clients.forUser(account.userId());
        if (client.isEmpty()) {
            return properties.maxPollInterval();
        }
        if (!budget.allows(cursor.orgId())) {
            log.info("Org {} has used its API share; polling again in {}", cursor.orgId(),
                    properties.lowBudgetPollInterval());
            recorder.overBudget(cursor, properties.lowBudgetPollInterval());
            return properties.lowBudgetPollInterval();
        }
        var owners = Map.of(account.salesforceUserId(), account);
        var summary = query(client.get(), cursor, owners);
        var retried = reads.retrySetAside(client.get(), owners);
        var watermark = summary.nextWatermark(cursor.watermark());
        var changed = summary.changed() > 0 || retried != null && retried.changed() > 0;
        var next = intervals.next(cursor.interval(), changed, budget.pressure(cursor.orgId()));
        recorder.read(cursor, watermark, next);
        log.debug("Polled: {} Salesforce tasks read, {} taken in; next poll in {}", summary.read(), summary.changed(),
                next);
        return next;
    }

    private InboundBatches.Summary query(UserClient client, SyncCursor cursor, Map<String, SyncAccount> owners) {
        var owned = owners.keySet().stream().sorted().toList();
        var from = cursor.watermark().minus(properties.pollOverlap());
        return reads.read(client, owners, Action.CREATE, true, select -> Soql.of("SELECT " + select
                        + " FROM Task WHERE SystemModstamp >= :from AND OwnerId IN :owners ORDER BY SystemModstamp, Id")
                .bind("from", from).bind("owners", owned), done -> { });
    }

    /** After a failure: the base interval doubled, at most the longest, so an outage is not hammered. */
    private Duration retryInterval(SyncCursor cursor) {
        var doubled = cursor.interval().multipliedBy(2);
        return doubled.compareTo(properties.maxPollInterval()) > 0 ? properties.maxPollInterval() : doubled;
    }
}
