package com.tasksync.support;

import com.tasksync.connection.Connections;
import com.tasksync.connection.SalesforceTokens;
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

    @DynamicPropertySource
    static void salesforce(DynamicPropertyRegistry registry) {
        registry.add("tasksync.salesforce.login-host", EngineEmulator::baseUrl);
    }

    /** Earlier tests' users stop syncing, so each test sees only its own work in the shared database. */
    @BeforeEach
    void quietEarlierTests() {
        jdbc.sql("update sync_setting set enabled = false, state = 'off'").update();
        jdbc.sql("delete from outbox_entry").update();
        jdbc.sql("delete from sync_cursor").update();
        jdbc.sql("delete from scheduled_tasks where task_name in ('first-sync', 'user-poll', 'org-poll')").update();
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

    /** Makes every user's poll due and polls each once; returns how many were polled. */
    protected int poll() {
        jdbc.sql("update scheduled_tasks set execution_time = :past where task_name = 'user-poll'")
                .param("past", java.sql.Timestamp.from(clock.instant().minusSeconds(86_400))).update();
        return runDue("user-poll");
    }

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
}
