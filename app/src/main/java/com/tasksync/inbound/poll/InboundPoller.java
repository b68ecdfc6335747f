package com.tasksync.inbound.poll;

import com.tasksync.connection.ApiBudget;
import com.tasksync.connection.IntegrationClients;
import com.tasksync.connection.OrgIntegrations;
import com.tasksync.connection.SalesforceClients;
import com.tasksync.connection.UserClient;
import com.tasksync.inbound.ChangeEventProperties;
import com.tasksync.inbound.ChangeStreamTable;
import com.tasksync.inbound.InboundProperties;
import com.tasksync.inbound.ReadingPlan;
import com.tasksync.inbound.apply.InboundBatches;
import com.tasksync.inbound.apply.InboundReads;
import com.tasksync.salesforce.client.soql.Soql;
import com.tasksync.sync.SyncAccount;
import com.tasksync.sync.SyncAccounts;
import com.tasksync.sync.SyncLogEntry.Action;
import com.tasksync.system.LogFields;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;

/**
 * Polls Salesforce for changes. {@link #pollUser} is one synchronous step, run by the poll job: send
 * one queryAll for the user's tasks with SystemModstamp at or after the cursor's starting point
 * ({@link SyncCursor#readFrom}: the watermark minus the overlap, no earlier than the last read's start
 * minus the overlap) — with the user's own session, which is all a rep's session may read in a real org
 * — apply what came, and record the new watermark (the newest SystemModstamp seen, held back to a record
 * left to the next poll), when the read began on Salesforce's clock, and the next interval
 * ({@link PollRecorder}). A poll that fails shows as a problem of the
 * user's sync, with the next try, until a poll succeeds.
 *
 * <p>When the org has an integration user whose check confirmed View All Data ({@link ReadingPlan}),
 * the users' polls stand aside and {@link #pollOrg} reads every syncing rep's tasks with one queryAll,
 * from the earliest of their starting points, and moves all of them. While the org's change stream runs it
 * is a safety poll, every few minutes.
 */
@Component
public class InboundPoller {

    private static final Logger log = LoggerFactory.getLogger(InboundPoller.class);

    /**
     * How long after its commit a change's event may still be on its way: a change the safety poll takes in
     * counts as missed by the stream only when made longer ago than this before the poll's read began (by
     * Salesforce's clock). Events come within a second or two; a burst or flow control can hold them longer.
     */
    static final Duration EVENT_DELIVERY = Duration.ofSeconds(30);

    private final SyncAccounts accounts;
    private final SyncCursors cursors;
    private final SalesforceClients clients;
    private final InboundReads reads;
    private final ApiBudget budget;
    private final PollRecorder recorder;
    private final InboundProperties properties;
    private final PollInterval intervals;
    private final ReadingPlan plan;
    private final IntegrationClients integrationClients;
    private final OrgIntegrations integrations;
    private final ChangeEventProperties changeEvents;
    private final java.time.Clock clock;
    private final ChangeStreamTable streams;

    InboundPoller(java.time.Clock clock, SyncAccounts accounts, SyncCursors cursors, SalesforceClients clients, InboundReads reads,
            ApiBudget budget, PollRecorder recorder, InboundProperties properties, ReadingPlan plan,
            IntegrationClients integrationClients, OrgIntegrations integrations, ChangeEventProperties changeEvents,
            ChangeStreamTable streams) {
        this.streams = streams;
        this.accounts = accounts;
        this.cursors = cursors;
        this.clients = clients;
        this.reads = reads;
        this.budget = budget;
        this.recorder = recorder;
        this.properties = properties;
        this.plan = plan;
        this.integrationClients = integrationClients;
        this.integrations = integrations;
        this.changeEvents = changeEvents;
        this.clock = clock;
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
        if (plan.readsOrgWide(cursor.get().orgId())) {
            return Optional.of(properties.maxPollInterval()); // the org poll reads for this user
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
        if (!budget.allows(cursor.orgId(), client.get().client())) {
            log.info("Org {} has used its API share; polling again in {}", cursor.orgId(),
                    properties.lowBudgetPollInterval());
            recorder.overBudget(cursor, properties.lowBudgetPollInterval());
            return properties.lowBudgetPollInterval();
        }
        var owners = Map.of(account.salesforceUserId(), account);
        var localStart = clock.instant();
        var summary = query(client.get(), cursor, owners);
        var readStartedAt = serverTimeAt(client.get(), localStart);
        var retried = reads.retrySetAside(client.get(), owners);
        var watermark = summary.nextWatermark(cursor.watermark());
        var changed = summary.changed() > 0 || retried != null && retried.changed() > 0;
        var next = intervals.next(cursor.interval(), changed, budget.pressure(cursor.orgId()));
        recorder.read(cursor, watermark, readStartedAt, next);
        log.debug("Polled: {} Salesforce tasks read, {} taken in; next poll in {}", summary.read(), summary.changed(),
                next);
        return next;
    }

    /** Whether the user's poll job is still wanted: the user's sync runs live and has a read position. */
    boolean readsUser(UUID userId) {
        return accounts.findLive(userId).isPresent() && cursors.ofUser(userId).isPresent();
    }

    /** Whether the org's poll job is still wanted: some rep of the org syncs live. */
    boolean readsOrg(String orgId) {
        return !accounts.live(orgId).isEmpty();
    }

    /**
     * Reads the given Salesforce tasks of the owners afresh (deleted ones too) and applies them in one
     * transaction with what {@code alsoWrite} writes; when it answers false, neither is kept.
     */
    public InboundBatches.Summary reread(UserClient client, Map<String, SyncAccount> owners, List<String> ids,
            java.util.function.BooleanSupplier alsoWrite) {
        return reads.readTogether(client, owners, ids, alsoWrite);
    }

    private InboundBatches.Summary query(UserClient client, SyncCursor cursor, Map<String, SyncAccount> owners) {
        var owned = owners.keySet().stream().sorted().toList();
        var from = cursor.readFrom(properties.pollOverlap());
        return reads.read(client, owners, Action.CREATE, true, select -> Soql.of("SELECT " + select
                        + " FROM Task WHERE SystemModstamp >= :from AND OwnerId IN :owners ORDER BY SystemModstamp, Id")
                .bind("from", from).bind("owners", owned), done -> { });
    }

    /**
     * Reads the changes of all the org's syncing reps with its integration user, and returns when to
     * read again; nothing when nobody in the org syncs any more. While the org is read per rep, it
     * only looks again later (no call to Salesforce).
     */
    public Optional<Duration> pollOrg(String orgId) {
        var live = accounts.live(orgId);
        if (live.isEmpty()) {
            return Optional.empty();
        }
        try (var org = MDC.putCloseable(LogFields.ORG_ID, orgId)) {
            integrations.confirmIfOlderThan(orgId, changeEvents.recheck());
            var client = integrationClients.forOrg(orgId);
            if (!plan.readsOrgWide(orgId) || client.isEmpty()) {
                return Optional.of(properties.maxPollInterval());
            }
            var owners = new LinkedHashMap<String, SyncAccount>();
            var orgCursors = new ArrayList<SyncCursor>();
            for (var account : live) {
                cursors.ofUser(account.userId()).ifPresent(cursor -> {
                    owners.put(account.salesforceUserId(), account);
                    orgCursors.add(cursor);
                });
            }
            if (orgCursors.isEmpty()) {
                return Optional.of(properties.maxPollInterval());
            }
            var streaming = plan.of(orgId).mode() == com.tasksync.sync.OrgReading.Mode.CHANGE_EVENTS;
            try {
                var liveAtStart = live.stream().map(SyncAccount::userId).collect(java.util.stream.Collectors.toSet());
                return Optional.of(pollOrg(client.get().reader(), orgId, owners, orgCursors, streaming, liveAtStart));
            } catch (RuntimeException e) {
                var retryIn = retryInterval(orgCursors.get(0));
                log.warn("Polling org {} failed; trying again in {}", orgId, retryIn, e);
                orgCursors.forEach(cursor -> recorder.failed(cursor, e, retryIn));
                return Optional.of(retryIn);
            } finally {
                budget.flush();
            }
        }
    }

    private Duration pollOrg(UserClient client, String orgId, Map<String, SyncAccount> owners,
            List<SyncCursor> orgCursors, boolean streaming, java.util.Set<java.util.UUID> liveAtStart) {
        if (!budget.allows(orgId, client.client())) {
            orgCursors.forEach(cursor -> recorder.overBudget(cursor, properties.lowBudgetPollInterval()));
            return properties.lowBudgetPollInterval();
        }
        var overlap = properties.pollOverlap();
        var earliest = orgCursors.stream().min(java.util.Comparator.comparing(c -> c.readFrom(overlap)))
                .orElseThrow();
        var behindTheStream = streaming && safetyPoll(earliest) && plan.streamAnswered(orgId)
                && !streams.pollAskedSince(orgId, earliest.lastPolledAt());
        var localStart = clock.instant();
        var summary = query(client, earliest, owners);
        var readStartedAt = serverTimeAt(client, localStart);
        var retried = reads.retrySetAside(client, owners);
        var watermark = summary.nextWatermark(earliest.watermark());
        var changed = summary.changed() > 0 || retried != null && retried.changed() > 0;
        // a change younger than an event's delivery may have its event on the way: not missed (yet)
        var missed = behindTheStream
                ? summary.changedBefore(readStartedAt == null ? null : readStartedAt.minus(EVENT_DELIVERY))
                : 0;
        if (missed > 0) {
            log.warn("The safety poll of org {} took in Salesforce changes its change stream had not brought: {}",
                    orgId, missed);
            streams.missed(orgId, missed);
        }
        // while the stream runs, the next poll is the safety poll, unless this one left records to a later read
        // (a write of ours in flight): those are read again at the usual pace, not minutes later;
        // nor when a rep went live while it read: that rep was not among the owners read for;
        // nor while Salesforce has not answered a stream started from new events: it may not hold it yet
        var next = streaming && summary.earliestSkipped() == null && !joinedMeanwhile(orgId, liveAtStart)
                && plan.streamAnswered(orgId)
                ? changeEvents.safetyPollInterval()
                : intervals.next(earliest.interval(), changed, budget.pressure(orgId));
        orgCursors.forEach(cursor -> recorder.read(cursor, watermark, readStartedAt, next));
        log.debug("Polled the org: {} Salesforce tasks read for {} reps, {} taken in; next poll in {}", summary.read(),
                owners.size(), summary.changed(), next);
        return next;
    }

    /**
     * Whether this poll is the safety poll at its time, not one asked for early (by the stream: its settle,
     * its first answer, a gap; or by a rep going live, a retry), which reads what the stream may not bring:
     * behind a stream Salesforce answered, what a safety poll takes in, the stream had not brought. A poll less
     * than nine tenths of the safety interval after the last is not the safety poll; nor is one asked for since
     * the last ended (the ask is stored with the org's stream, so whichever node runs the poll knows it, however
     * long since the last: {@code pollAskedSince}, read last as it is a query).
     */
    private boolean safetyPoll(SyncCursor cursor) {
        var safety = changeEvents.safetyPollInterval();
        return cursor.interval().equals(safety) && cursor.lastPolledAt() != null
                && !clock.instant().isBefore(cursor.lastPolledAt().plus(safety.multipliedBy(9).dividedBy(10)));
    }

    /** Whether a rep of the org is live now who was not when the poll began (its first sync ended meanwhile). */
    private boolean joinedMeanwhile(String orgId, java.util.Set<java.util.UUID> liveAtStart) {
        return accounts.live(orgId).stream().anyMatch(account -> !liveAtStart.contains(account.userId()));
    }

    /**
     * Salesforce's time at the local moment a read began, less a second (the Date header drops the
     * fraction): our clock there plus Salesforce's offset from it as the latest answer gave it; null when
     * no answer carried a Date.
     */
    private static Instant serverTimeAt(UserClient client, Instant localStart) {
        return client.client().serverTime().map(time -> localStart.plus(time.offset()).minusSeconds(1)).orElse(null);
    }

    /** After a failure: the base interval doubled, at most the longest, so an outage is not hammered. */
    private Duration retryInterval(SyncCursor cursor) {
        var doubled = cursor.interval().multipliedBy(2);
        return doubled.compareTo(properties.maxPollInterval()) > 0 ? properties.maxPollInterval() : doubled;
    }
}
