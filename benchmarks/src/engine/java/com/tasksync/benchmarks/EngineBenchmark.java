package com.tasksync.benchmarks;

import com.tasksync.TaskSyncApplication;
import com.tasksync.connection.Connections;
import com.tasksync.connection.SalesforceTokens;
import com.tasksync.emulator.Emulator;
import com.tasksync.emulator.admin.NewConnectedApp;
import com.tasksync.emulator.admin.UserToCreate;
import com.tasksync.emulator.org.Org;
import com.tasksync.emulator.org.OrgSettings;
import com.tasksync.emulator.org.User;
import com.tasksync.enable.FirstSyncJob;
import com.tasksync.connection.ApiCalls;
import com.tasksync.inbound.poll.InboundPoller;
import com.tasksync.outbound.OutboxRelay;
import com.tasksync.sync.SyncSettings;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * The sync engine's API use and wall time against the emulator, with the real app on embedded
 * PostgreSQL: a first import of 10,000 tasks, 1,000 TaskSync edits sent, and an idle hour of
 * one org with 50 connected users (the emulator's clock moved, the adaptive poll schedule
 * followed). The loops are stepped by hand so each figure covers exactly its scenario. Usage:
 * {@code mvn -q -pl benchmarks -am compile -Pengine-benchmark}
 */
public final class EngineBenchmark {

    static final String CLIENT_ID = "tasksync-engine-benchmark";
    static final String CLIENT_SECRET = "tasksync-engine-benchmark-secret";

    private final Emulator emulator;
    private final ConfigurableApplicationContext app;
    private final Map<String, Object> results = new LinkedHashMap<>();

    private EngineBenchmark(Emulator emulator, ConfigurableApplicationContext app) {
        this.emulator = emulator;
        this.app = app;
    }

    public static void main(String[] args) throws Exception {
        var tasks = intArg(args, "--tasks", 10_000);
        var edits = intArg(args, "--edits", 1_000);
        var users = intArg(args, "--users", 50);
        var out = Path.of(stringArg(args, "--out", "benchmarks/results/engine.json"));
        // The embedded database keeps its lock and password files beside its data directory: all in here.
        var benchDir = Files.createTempDirectory("tasksync-bench-pg");
        try (var emulator = Emulator.builder().port(0).adminApi(true).start()) {
            emulator.admin().registerApp(new NewConnectedApp("TaskSync benchmark", List.of("http://127.0.0.1/cb"),
                    null, null), CLIENT_ID, CLIENT_SECRET);
            try (var app = start(emulator, benchDir.resolve("pgdata"))) {
                var bench = new EngineBenchmark(emulator, app);
                bench.firstImport(tasks, edits);
                bench.idleHour(users);
                bench.write(out);
            }
        } finally {
            deleteRecursively(benchDir);
        }
        System.exit(0);
    }

    private static void deleteRecursively(Path dir) throws java.io.IOException {
        try (var paths = Files.walk(dir)) {
            for (var path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private static ConfigurableApplicationContext start(Emulator emulator, Path dataDir) {
        var key = new byte[32];
        new SecureRandom().nextBytes(key);
        // Command-line properties, so they win over application.yml (the default data directory above all).
        return new SpringApplicationBuilder(TaskSyncApplication.class).run(
                "--server.port=0",
                "--tasksync.embedded-database.data-directory=" + dataDir,
                "--tasksync.salesforce.login-host=" + emulator.baseUrl(),
                "--tasksync.salesforce.client-id=" + CLIENT_ID,
                "--tasksync.salesforce.client-secret=" + CLIENT_SECRET,
                "--tasksync.salesforce.token-key=" + Base64.getEncoder().encodeToString(key),
                "--tasksync.sync.background=false",
                // the benchmark steps the jobs itself; the scheduler must not run them meanwhile
                "--db-scheduler.polling-interval=1h", "--db-scheduler.immediate-execution-enabled=false",
                "--logging.level.root=WARN");
    }

    /** A first import of {@code tasks} Salesforce tasks, then {@code edits} TaskSync edits sent. */
    private void firstImport(int tasks, int edits) throws Exception {
        var org = emulator.admin().createOrg("Import Org", OrgSettings.defaults().withSetAuditFields(true)
                .withDailyApiRequests(1_000_000));
        var rep = newRep(org, "import");
        new SalesforceSeeder(emulator, rep).seedRecent(tasks);
        var userId = newTaskSyncUser(rep);
        var counts = new Counts(emulator, app, org.id());

        bean(SyncSettings.class).switchTo(userId, true);
        var started = System.nanoTime();
        bean(FirstSyncJob.class).run(userId);
        results.put("firstImport", counts.since(started, Map.of("tasks", tasks,
                "floorQueryPages", (tasks + 1999) / 2000)));

        var editor = new TaskSyncEditor(app, userId);
        editor.editFirst(edits);
        var relay = bean(OutboxRelay.class);
        var before = new Counts(emulator, app, org.id());
        var sendStart = System.nanoTime();
        while (relay.relayOnce() > 0) {
            // drained when nothing is due
        }
        results.put("editsSent", before.since(sendStart, Map.of("edits", edits,
                "floorCollectionCalls", (edits + 199) / 200)));
    }

    /** One org with {@code users} connected users and no changes, for an hour of its clock. */
    private void idleHour(int users) {
        var org = emulator.admin().createOrg("Idle Org", OrgSettings.defaults().withDailyApiRequests(1_000_000));
        var userIds = new java.util.ArrayList<UUID>();
        for (int i = 0; i < users; i++) {
            var userId = newTaskSyncUser(newRep(org, "idle" + i));
            bean(SyncSettings.class).switchTo(userId, true);
            userIds.add(userId);
        }
        userIds.forEach(bean(FirstSyncJob.class)::run);
        var poller = bean(InboundPoller.class);
        var counts = new Counts(emulator, app, org.id());
        var started = System.nanoTime();
        var simulated = Duration.ZERO;
        var polls = 0;
        while (simulated.compareTo(Duration.ofHours(1)) < 0) {
            var interval = Duration.ZERO;
            for (var userId : userIds) {
                var next = poller.pollUser(userId).orElseThrow();
                interval = next.compareTo(interval) > 0 ? next : interval;
                polls++;
            }
            emulator.clock().advance(interval);
            simulated = simulated.plus(interval);
        }
        results.put("idleHour", counts.since(started, Map.of("users", users, "polls", polls,
                "note", "wall time is the simulation's; the hour is the emulator's clock")));
    }

    private User newRep(Org org, String name) {
        var username = name + "-" + UUID.randomUUID() + "@bench.example";
        return emulator.admin().createUser(org.id(), UserToCreate.of(username, "bench-password-1"));
    }

    private UUID newTaskSyncUser(User rep) {
        var users = bean(com.tasksync.user.Users.class);
        var account = users.create(new com.tasksync.user.NewUser("bench-" + UUID.randomUUID() + "@example.test",
                "bench password 1", java.time.ZoneId.of("UTC"), false));
        var session = emulator.directory().openSession(rep, CLIENT_ID);
        var refresh = emulator.directory().issueRefreshToken(rep, CLIENT_ID);
        bean(Connections.class).connect(account.id(), URI.create(emulator.baseUrl()), new SalesforceTokens(
                session.accessToken(), refresh, URI.create(emulator.baseUrl()), rep.orgId(), rep.id(),
                rep.username()));
        return account.id();
    }

    private <T> T bean(Class<T> type) {
        return app.getBean(type);
    }

    private void write(Path out) throws Exception {
        Files.createDirectories(out.toAbsolutePath().getParent());
        var json = JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(results);
        Files.writeString(out, json + System.lineSeparator());
        System.out.println(json);
        System.out.println("Written to " + out);
    }

    static int intArg(String[] args, String name, int fallback) {
        return Integer.parseInt(stringArg(args, name, Integer.toString(fallback)));
    }

    static String stringArg(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }

    /** API use from a starting point: the engine's own count and the emulator's per-route count for the org. */
    private static final class Counts {
        private final Emulator emulator;
        private final ApiCalls calls;
        private final String orgId;
        private final ApiCalls.Totals engineBefore;
        private final Map<String, Long> routesBefore;

        Counts(Emulator emulator, ConfigurableApplicationContext app, String orgId) {
            this.emulator = emulator;
            this.calls = app.getBean(ApiCalls.class);
            this.orgId = orgId;
            this.engineBefore = calls.totals();
            this.routesBefore = Map.copyOf(emulator.callCounts().ofOrg(orgId));
        }

        Map<String, Object> since(long startedNanos, Map<String, Object> extra) {
            var wallMillis = (System.nanoTime() - startedNanos) / 1_000_000;
            var engine = calls.totals().minus(engineBefore);
            var routes = new LinkedHashMap<String, Long>();
            emulator.callCounts().ofOrg(orgId).forEach((route, count) -> {
                var delta = count - routesBefore.getOrDefault(route, 0L);
                if (delta > 0) {
                    routes.put(route, delta);
                }
            });
            var result = new LinkedHashMap<String, Object>(extra);
            result.put("apiCalls", engine.all());
            result.put("writeCalls", engine.writes());
            result.put("wallMillis", wallMillis);
            result.put("emulatorCallsByRoute", routes);
            return result;
        }
    }
}
