package com.tasksync.support;

import com.tasksync.connection.Connections;
import com.tasksync.connection.OrgIntegrations;
import com.tasksync.connection.SalesforceTokens;
import com.tasksync.emulator.org.Permission;
import com.tasksync.inbound.ReadingPlan;
import com.tasksync.inbound.stream.ChangeStreams;
import com.tasksync.sync.OrgReading.Mode;
import com.github.kagkarlsson.scheduler.testhelper.ManualScheduler;
import com.tasksync.connection.ApiCalls;
import com.tasksync.outbound.OutboxRelay;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The app against the engine's emulator, with the sync loops switched off so tests step them:
 * {@link #firstSync}, {@link #relay}, {@link #poll}, and {@link #syncUntilQuiet} for all of them.
 *
 * <p>The system property {@code tasksync.test.reading} picks how Salesforce is read, so the same
 * tests run in each of the engine's three ways: {@code user} (the default: each rep's own session
 * polls), {@code org} (every org gets an integration user with View All Data, and one org poll reads
 * for all its reps) and {@code events} (the integration user receives Task change events through the
 * emulator's Pub/Sub API; {@link #poll} then waits until the stream has applied every event
 * published so far). The build runs a set of sync tests in all three.
 */
public abstract class SyncTestBase extends AppTestBase {

    @Autowired
    protected Connections connections;

    @Autowired
    protected OutboxRelay relay;

    @Autowired(required = false)
    protected ManualScheduler jobs;

    @Autowired
    protected ApiCalls apiCalls;

    @Autowired
    protected JdbcClient jdbc;

    /** How this JVM's sync tests read Salesforce: {@code user}, {@code org} or {@code events}. */
    protected static final String READING = System.getProperty("tasksync.test.reading", "user");

    @Autowired
    protected OrgIntegrations integrations;

    @Autowired
    protected ChangeStreams streams;

    @Autowired
    protected ReadingPlan readingPlan;

    @DynamicPropertySource
    static void salesforce(DynamicPropertyRegistry registry) {
        registry.add("tasksync.salesforce.login-host", EngineEmulator::baseUrl);
        registry.add("tasksync.sync.change-events.endpoint",
                () -> "127.0.0.1:" + EngineEmulator.emulator().pubSub().port());
        registry.add("tasksync.sync.change-events.trusted-certificate",
                () -> EngineEmulator.emulator().pubSub().certificate().pem());
        if (READING.equals("events")) {
            // Every test starts a stream for its own org, and each stream waits out its settle before going
            // live: 2 s by default, 0.25 s here. A server that takes the subscription later than that is met
            // as the engine meets it, by the poll its first answer asks for (EngineEmulator sends keepalives
            // every 2 s in this mode); ChangeStreamTest covers that path with the default settle.
            registry.add("tasksync.sync.change-events.settle", () -> "250ms");
        }
    }

    /** Earlier tests' users stop syncing, so each test sees only its own work in the shared database. */
    @BeforeEach
    void quietEarlierTests() {
        jdbc.sql("update sync_setting set enabled = false, state = 'off'").update();
        jdbc.sql("delete from outbox_entry").update();
        jdbc.sql("delete from sync_cursor").update();
        jdbc.sql("delete from scheduled_tasks where task_name in ('first-sync', 'user-poll', 'org-poll')").update();
    }

    /**
     * Threads for a test's parts that must overlap: {@code CompletableFuture}'s default pool may run one task
     * at a time (JDK 25 on two cores), which would put them one after the other.
     */
    protected final java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newCachedThreadPool();

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @AfterEach
    void stopStreams() {
        streams.stopAll();
    }

    @AfterEach
    void clearFaults() {
        EngineEmulator.emulator().faults().clear();
    }

    /** Connects the TaskSync user to the rep's Salesforce user, as Connect on Settings does. */
    protected void connect(TestUser user, SalesforceRep rep) {
        connect(user, rep, true);
    }

    /** Without a refresh token, as a password or JWT grant leaves a connection. */
    protected void connect(TestUser user, SalesforceRep rep, boolean withRefreshToken) {
        var directory = EngineEmulator.emulator().directory();
        var session = directory.openSession(rep.user(), EngineEmulator.CLIENT_ID);
        var refresh = withRefreshToken ? directory.issueRefreshToken(rep.user(), EngineEmulator.CLIENT_ID) : null;
        connections.connect(user.id(), URI.create(EngineEmulator.baseUrl()), new SalesforceTokens(
                session.accessToken(), refresh, URI.create(EngineEmulator.baseUrl()), rep.user().orgId(),
                rep.id(), rep.user().username()));
        if (!READING.equals("user")) {
            ensureIntegration(rep.user().orgId());
        }
    }

    /** Gives the org an integration user (View All Data, View Setup) as an admin would, with Task in CDC for events. */
    protected void ensureIntegration(String orgId) {
        if (integrations.find(orgId).isPresent()) {
            return;
        }
        var emulator = EngineEmulator.emulator();
        if (READING.equals("events")) {
            emulator.changeDataCapture().updateSettings(emulator.admin().org(orgId),
                    cdc -> cdc.withSelectedEntities(java.util.Set.of("Task")));
        }
        var integration = IntegrationUsers.connect(integrations, emulator, EngineEmulator.baseUrl(), orgId,
                "integration-" + System.nanoTime() + "@engine.example", Permission.VIEW_ALL_DATA, Permission.VIEW_SETUP);
        if (!integration.readsOrg() || READING.equals("events") && !integration.changeEvents()) {
            throw new IllegalStateException("the test org's integration user did not pass its check: "
                    + integration.check());
        }
    }

    protected JsonNode switchSync(TestUser user, boolean enabled) {
        return api(user).put("/api/sync", Map.of("enabled", enabled)).json();
    }

    /** A new org and rep, and a new TaskSync user connected to that rep with sync on and the first sync done. */
    protected record Syncing(SalesforceOrg org, SalesforceRep rep, TestUser user) {
    }

    protected Syncing startSyncing() {
        var org = SalesforceOrg.create();
        var rep = org.newRep();
        var user = newUser();
        connect(user, rep);
        enable(user);
        return new Syncing(org, rep, user);
    }

    /** Enables sync and runs the first sync it starts. */
    protected void enable(TestUser user) {
        switchSync(user, true);
        firstSync();
    }

    /** Runs the first syncs that are due now; returns how many there were. */
    protected int firstSync() {
        return runDue("first-sync");
    }

    protected int relay() {
        var total = 0;
        for (int i = 0; i < 50; i++) {
            var handled = relay.relayOnce();
            if (handled == 0) {
                return total;
            }
            total += handled;
        }
        throw new IllegalStateException("the relay never ran dry");
    }

    /**
     * Brings Salesforce's changes in, the way this JVM reads them ({@link #READING}): makes every
     * user's poll (and every org poll) due and runs them; with change events, first lets the streams
     * apply every event published so far. Returns how many user polls ran.
     */
    protected int poll() {
        if (READING.equals("events")) {
            awaitStreams(); // org polls run only when the stream asked for one: the stream must bring the rest
            // a poll retrying after a failure would run after its backoff: time the tests do not let pass
            jdbc.sql("""
                    update scheduled_tasks set execution_time = :past where task_name = 'org-poll' and task_instance in
                        (select a.org_id from sync_problem p join sync_account a on a.user_id = p.user_id
                         where p.source = 'inbound')
                    """).param("past", java.sql.Timestamp.from(clock.instant().minusSeconds(86_400))).update();
        }
        var jobs = READING.equals("events") ? "('user-poll')" : "('user-poll', 'org-poll')";
        jdbc.sql("update scheduled_tasks set execution_time = :past where task_name in " + jobs)
                .param("past", java.sql.Timestamp.from(clock.instant().minusSeconds(86_400))).update();
        return runDue("user-poll");
    }

    /** Starts the wanted streams and waits until each has applied up to the tip of its org's event bus. */
    protected void awaitStreams() {
        streams.step();
        var deadline = System.nanoTime() + java.time.Duration.ofSeconds(20).toNanos();
        for (var orgId : jdbc.sql("""
                select distinct i.org_id from org_integration i join sync_account a on a.org_id = i.org_id
                join sync_setting s on s.user_id = a.user_id where i.change_events and s.enabled and s.state = 'syncing'
                """).query(String.class).list()) {
            if (!readingPlan.wantsStream(orgId)) {
                continue;
            }
            var org = EngineEmulator.emulator().admin().org(orgId);
            while (!caughtUp(orgId, EngineEmulator.emulator().changeDataCapture().feed(org).bus().tip())) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the change stream of org " + orgId + " did not catch up: "
                            + readingPlan.of(orgId));
                }
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private boolean caughtUp(String orgId, long tip) {
        if (readingPlan.of(orgId).mode() != Mode.CHANGE_EVENTS) {
            return false;
        }
        var stored = jdbc.sql("select replay_id from change_stream where org_id = :org").param("org", orgId)
                .query((rs, row) -> rs.getBytes(1)).optional().orElse(null);
        if (stored == null || stored.length != Long.BYTES) {
            // no event applied since the stream started from new events: caught up while none came since
            var first = tipsWithoutEvents.putIfAbsent(orgId, tip);
            return first == null || first == tip;
        }
        return java.nio.ByteBuffer.wrap(stored).getLong() >= tip;
    }

    /** The bus tip of each org when its stream was first seen live without an event applied yet. */
    private final Map<String, Long> tipsWithoutEvents = new java.util.HashMap<>();

    private int runDue(String job) {
        var due = jdbc.sql("select count(*) from scheduled_tasks where task_name = :job and execution_time <= :now"
                        + " and not picked")
                .param("job", job).param("now", java.sql.Timestamp.from(clock.instant())).query(Integer.class).single();
        jobs.runAnyDueExecutions();
        return due;
    }

    protected void syncUntilQuiet() {
        for (int i = 0; i < 5; i++) {
            firstSync();
            relay();
            poll();
        }
    }

    protected JsonNode syncStatus(TestUser user) {
        return api(user).get("/api/sync").json();
    }

    /** The user's tasks, Trash left out, by subject. */
    protected List<JsonNode> tasks(TestUser user, String view) {
        var items = new ArrayList<JsonNode>();
        api(user).get("/api/tasks?size=200&view=" + view).json().get("items").forEach(items::add);
        return items;
    }

    protected long taskCount(TestUser user) {
        return api(user).get("/api/tasks?size=1&view=all").json().get("totalItems").longValue();
    }

    protected List<String> subjects(TestUser user) {
        return tasks(user, "all").stream().map(task -> task.get("subject").stringValue()).sorted().toList();
    }

    protected List<JsonNode> syncLog(TestUser user) {
        var items = new ArrayList<JsonNode>();
        api(user).get("/api/sync/log?size=200").json().get("items").forEach(items::add);
        return items;
    }

    /** Makes every waiting outbox entry due now, as if its retry delay had passed. */
    protected void makeRetriesDue() {
        jdbc.sql("update outbox_entry set next_attempt_at = '-infinity'").update();
    }
}
