package com.tasksync.inbound.stream;

import com.tasksync.connection.IntegrationClients;
import com.tasksync.connection.OrgIntegrations;
import com.tasksync.inbound.ChangeStreamTable;
import com.tasksync.inbound.InboundPolling;
import com.tasksync.inbound.poll.InboundPoller;
import com.tasksync.salesforce.client.RetryPolicy;
import com.tasksync.salesforce.client.error.SalesforceApiException;
import com.tasksync.salesforce.client.pubsub.ChangeEvent;
import com.tasksync.salesforce.client.pubsub.ChangeEventListener;
import com.tasksync.salesforce.client.pubsub.ChangeType;
import com.tasksync.salesforce.client.pubsub.PubSubClient;
import com.tasksync.salesforce.client.pubsub.PubSubEndpoint;
import com.tasksync.salesforce.client.pubsub.ReplayFrom;
import com.tasksync.salesforce.client.pubsub.ReplayId;
import com.tasksync.salesforce.client.pubsub.Subscription;
import com.tasksync.sync.SyncAccount;
import com.tasksync.sync.SyncAccounts;
import com.tasksync.sync.SyncProblem.Source;
import com.tasksync.sync.SyncProblems;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One org's subscription to {@value #TOPIC}, on the node that holds its lease. Events come in batches
 * of at most {@value #BATCH}, asked for one batch at a time (flow control). For each batch the Task
 * records it names are read afresh with the integration user (deleted ones too) and applied like a
 * poll's — only records of reps who sync; our own writes, recognised by {@code changeOrigin}'s
 * {@code client=}, are not read again — in the same transaction that stores the batch's replay id, so
 * a crash replays a batch and never skips one, and a node that lost its lease keeps nothing of it. A
 * batch naming more than {@value #MOST_IDS_READ} records has the org polled for them instead. A gap event is read like any other; an overflow event, a stream with
 * no replay id to resume from (the first start, or one past the 72-hour retention), and records left
 * to a later read have the org polled now. A failure closes the subscription and opens it again after
 * a backoff from the stored replay id.
 */
final class OrgStream implements ChangeEventListener {

    static final String TOPIC = "/data/TaskChangeEvent";
    static final int BATCH = 100;
    /**
     * Records of one batch of events read and applied in one transaction with its replay id; a batch
     * naming more (bulk changes) has the org polled for them instead, page by page.
     */
    static final int MOST_IDS_READ = 1_000;
    private static final Duration FIRST_RETRY = Duration.ofSeconds(1);
    private static final Duration LONGEST_RETRY = Duration.ofSeconds(60);
    private static final Logger log = LoggerFactory.getLogger(OrgStream.class);

    /** What an org's stream needs from the rest of the engine. */
    record Parts(IntegrationClients clients, OrgIntegrations integrations, ChangeStreamTable table, SyncAccounts accounts,
            InboundPoller poller, InboundPolling polling, java.util.function.Supplier<PubSubEndpoint> endpoint,
            String clientName, SyncProblems problems, Duration settle) {
    }

    private final String orgId;
    private final String holder;
    private final Parts parts;
    private final ScheduledExecutorService thread;
    private volatile PubSubClient pubSub;
    private volatile Subscription subscription;
    private int failures;
    private volatile boolean closed;
    /** A stream started from new events whose server has not answered yet (see {@link #firstAnswer}). */
    private volatile boolean awaitingFirstAnswer;

    OrgStream(String orgId, String holder, Parts parts) {
        this.orgId = orgId;
        this.holder = holder;
        this.parts = parts;
        this.thread = Executors.newSingleThreadScheduledExecutor(r -> {
            var t = new Thread(r, "change-stream-" + orgId);
            t.setDaemon(true);
            return t;
        });
    }

    void start() {
        run(this::open);
    }

    boolean closed() {
        return closed;
    }

    void close() {
        closed = true;
        run(this::closeSubscription);
        thread.shutdown();
        try {
            thread.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void open() {
        if (closed) {
            return;
        }
        var integration = parts.clients().forOrg(orgId);
        if (integration.isEmpty()) {
            parts.table().state(orgId, holder, "stopped", "The org has no integration user.");
            return;
        }
        var stored = parts.table().replayId(orgId);
        var from = stored.map(id -> ReplayFrom.after(ReplayId.of(id))).orElse(ReplayFrom.latest());
        awaitingFirstAnswer = stored.isEmpty();
        try {
            pubSub = PubSubClient.connect(parts.endpoint().get(), integration.get().session(), orgId,
                    new RetryPolicy(5, FIRST_RETRY, Duration.ofSeconds(30)));
            subscription = pubSub.subscribe(TOPIC, from, this);
            subscription.request(BATCH);
        } catch (RuntimeException e) {
            retryLater("Subscribing failed: " + e.getMessage());
            return;
        }
        log.info("Change stream of org {} subscribed {}", orgId, stored.isPresent() ? "after its stored replay id"
                : "from new events");
        if (stored.isPresent()) {
            parts.table().state(orgId, holder, "live", "Resumed after the last applied event.");
            return;
        }
        // From new events: the server starts delivering once it has the subscription, which it does not
        // acknowledge. Until then changes are the poll's; after it, one poll reads what changed before.
        parts.table().state(orgId, holder, "starting", "Subscribed to new events.");
        var opened = subscription;
        try {
            thread.schedule(() -> {
                if (!closed && subscription == opened) {
                    // the poll is asked for first: whoever sees the stream live may count on that poll being due
                    parts.polling().pollOrgNow(orgId);
                    parts.table().state(orgId, holder, "live", "Started with new events; a poll read what changed before.");
                }
            }, parts.settle().toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // closed meanwhile
        }
    }

    @Override
    public void events(List<ChangeEvent> events, ReplayId latest) {
        if (closed) {
            return;
        }
        firstAnswer();
        try {
            Instant lastCommit = null;
            for (var event : events) {
                var at = event.header().commitTimestamp();
                lastCommit = lastCommit == null || at != null && at.isAfter(lastCommit) ? at : lastCommit;
            }
            var named = named(events);
            var pollNow = named.pollNow();
            var ids = named.ids();
            if (ids.size() > MOST_IDS_READ) {
                pollNow = true; // the poll reads them page by page, from its own watermark
                ids = List.of();
            }
            if (pollNow) {
                parts.polling().pollOrgNow(orgId);
            }
            var at = lastCommit;
            var kept = new boolean[1];
            java.util.function.BooleanSupplier store = () -> kept[0] = parts.table().applied(orgId, holder,
                    latest.bytes(), events.size(), at);
            var owners = new LinkedHashMap<String, SyncAccount>();
            var client = parts.clients().forOrg(orgId);
            if (!ids.isEmpty() && client.isPresent()) {
                parts.accounts().live(orgId).forEach(account -> owners.put(account.salesforceUserId(), account));
            }
            if (owners.isEmpty()) {
                store.getAsBoolean();
            } else {
                // the records and the replay id after them commit together: a crash replays them, never skips them
                var summary = parts.poller().reread(client.get().reader(), owners, ids, store);
                if (kept[0] && summary.earliestSkipped() != null) {
                    parts.polling().pollOrgNow(orgId); // records left to a later read
                }
            }
            if (!kept[0]) {
                log.info("Change stream of org {} was taken over by another node; this one stops", orgId);
                closed = true;
                run(this::closeSubscription);
                return;
            }
            failures = 0;
            if (!owners.isEmpty()) {
                parts.problems().clear(owners.values().stream().map(SyncAccount::userId).toList(),
                        Source.INBOUND); // reading works again
            }
            var current = subscription;
            if (current != null) {
                current.request(events.size());
            }
        } catch (RuntimeException e) {
            log.warn("Applying change events of org {} failed; they are read again from the last stored replay id,"
                    + " and the org is polled", orgId, e);
            parts.polling().pollOrgNow(orgId); // the poll retries with backoff and shows the problem to the reps
            run(() -> {
                closeSubscription();
                retryLater("Applying changes failed: " + e.getMessage());
            });
        }
    }

    /** The Task records a batch of events names for reading, and whether it asks for a poll. */
    private record Named(List<String> ids, boolean pollNow) {
    }

    private Named named(List<ChangeEvent> events) {
        var ids = new LinkedHashSet<String>();
        var pollNow = false;
        for (var event : events) {
            var header = event.header();
            if (!"Task".equals(header.entityName())) {
                continue;
            }
            if (header.changeType() == ChangeType.GAP_OVERFLOW) {
                pollNow = true;
                continue;
            }
            if (!header.changeType().gap() && parts.clientName().equals(header.originClient())) {
                continue; // our own write: the relay recorded what it sent
            }
            for (var id : header.recordIds()) {
                if (id.endsWith("*")) {
                    pollNow = true; // a wildcard: every record of the type may have changed
                } else {
                    ids.add(id);
                }
            }
        }
        return new Named(new ArrayList<>(ids), pollNow);
    }

    /**
     * A stream started from new events goes live after the settle time with a poll for what changed
     * before; a server that took the subscription later than that (nothing says when it does) has not
     * sent what changed in between. Its first answer, events or a keepalive, shows it has the subscription
     * now, so one more poll reads whatever fell between the two: one query a start, against a change lost
     * until the safety poll.
     */
    private void firstAnswer() {
        if (awaitingFirstAnswer) {
            awaitingFirstAnswer = false;
            parts.polling().pollOrgNow(orgId);
        }
    }

    @Override
    public void keepalive(ReplayId latest) {
        if (closed) {
            return;
        }
        firstAnswer();
        if (latest != null) {
            parts.table().applied(orgId, holder, latest.bytes(), 0, null);
        }
    }

    @Override
    public void reconnecting(SalesforceApiException cause, int attempt) {
        parts.table().state(orgId, holder, "reconnecting", "The stream broke (" + cause.errorCode() + "); reconnecting,"
                + " attempt " + attempt + ".");
    }

    @Override
    public void failed(SalesforceApiException cause) {
        if (closed) {
            return;
        }
        var code = String.valueOf(cause.errorCode());
        run(() -> {
            closeSubscription();
            if (code.contains("replayid")) {
                log.warn("Org {}'s stored replay id is no longer valid ({}); the stream starts with new events and a"
                        + " poll reads what changed before", orgId, code);
                parts.table().forgetReplayId(orgId);
                parts.polling().pollOrgNow(orgId);
                open();
            } else if (code.contains("cannot.subscribe") || code.contains("PERMISSION_DENIED")) {
                log.warn("Org {}'s integration user may not subscribe to Task change events any more; checking it", orgId);
                parts.table().state(orgId, holder, "failed", "Salesforce refused the subscription: "
                        + cause.salesforceMessage());
                parts.integrations().check(orgId);
                parts.polling().pollOrgNow(orgId);
                retryLater("Salesforce refused the subscription: " + cause.salesforceMessage());
            } else {
                retryLater("The stream ended: " + code + " " + cause.salesforceMessage());
            }
        });
    }

    private void retryLater(String why) {
        if (closed) {
            return;
        }
        failures++;
        var delay = FIRST_RETRY.multipliedBy(1L << Math.min(failures, 6));
        if (delay.compareTo(LONGEST_RETRY) > 0) {
            delay = LONGEST_RETRY;
        }
        parts.table().state(orgId, holder, "retrying", why + " Trying again in " + delay.toSeconds() + " s.");
        try {
            thread.schedule(this::open, delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // closed meanwhile
        }
    }

    private void closeSubscription() {
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
        if (pubSub != null) {
            pubSub.close();
            pubSub = null;
        }
    }

    private void run(Runnable work) {
        try {
            thread.execute(work);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // closed
        }
    }
}
