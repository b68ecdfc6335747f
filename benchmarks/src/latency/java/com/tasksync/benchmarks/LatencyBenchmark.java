package com.tasksync.benchmarks;

import com.tasksync.torture.http.Json;
import com.tasksync.torture.run.Cluster;
import com.tasksync.torture.run.ClusterSettings;
import com.tasksync.torture.tasksync.IntegrationAdmin;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

/**
 * How long a change takes to reach the other side, in each way the engine reads Salesforce, and
 * what an idle org costs in API calls. Real processes as in production: the emulator in its own JVM,
 * one node of the production jar ({@code -Xmx256m}, the engine's default timings), one PostgreSQL
 * server. The modes are switched from outside only — the emulator's admin API and TaskSync's
 * Salesforce admin page, which must show the expected mode before and after each scenario:
 * per-rep polling (no integration user), then org polling (integration user, Task not selected
 * for Change Data Capture), then change events. Usage:
 * {@code mvn -o -q -pl benchmarks -am package -DskipTests -Platency-benchmark}
 */
public final class LatencyBenchmark {

    private static final String USER_POLL = "USER_POLL";
    private static final String ORG_POLL = "ORG_POLL";
    private static final String CHANGE_EVENTS = "CHANGE_EVENTS";
    private static final Duration MAX_GAP = Duration.ofSeconds(12);
    private static final Duration POLL_TIMEOUT = Duration.ofSeconds(120);
    /** Past the 5-minute safety poll, so that a change the stream missed is measured, not lost. */
    private static final Duration CHANGE_EVENT_TIMEOUT = Duration.ofSeconds(330);
    /** Long enough for every poll to back off to its longest interval (5 s, then 10 s). */
    private static final Duration SETTLE = Duration.ofSeconds(30);
    private static final Duration MODE_SWITCH = Duration.ofSeconds(90);

    private final LatencyOptions options;
    private final DueDates dates = new DueDates();

    private LatencyBenchmark(LatencyOptions options) {
        this.options = options;
    }

    public static void main(String[] args) {
        LatencyOptions options;
        try {
            options = LatencyOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        if (!Files.isRegularFile(options.appJar())) {
            System.err.println("no production jar at " + options.appJar()
                    + "; build it with mvn -o -q -pl app -am package -DskipTests");
            System.exit(2);
        }
        try {
            new LatencyBenchmark(options).run();
            System.exit(0);
        } catch (RuntimeException e) {
            e.printStackTrace();
            System.err.println("the latency benchmark failed; the processes' logs are in " + options.logs());
            System.exit(1);
        }
    }

    private void run() {
        System.out.println("latency benchmark: " + options.json() + "; logs in " + options.logs());
        var report = new LatencyReport(context());
        try (var cluster = Cluster.start(new ClusterSettings(1, options.appJar(), options.logs(), Map.of()))) {
            var org = BenchmarkOrg.create(cluster, options.reps());
            var orgId = org.orgId();
            var admin = new IntegrationAdmin(cluster.nodes().get(0).baseUrl(), cluster.admin());
            var modes = report.root().putObject("modesShown");

            modes.put("before per-rep polling", expect(admin, orgId, USER_POLL));
            report.latency("salesforceToTaskSyncUserPoll", "Salesforce -> TaskSync", USER_POLL, polling(org, "user poll"),
                    Target.of(5_000, 12_000), interleaved());
            modes.put("after per-rep polling", expect(admin, orgId, USER_POLL));
            report.idle("userPoll", idle(cluster, org, USER_POLL, options.idlePollMinutes()), options.reps(), -1);
            modes.put("after idle per-rep polling", expect(admin, orgId, USER_POLL));

            org.connectIntegrationUser();
            admin.checkAgain(orgId);
            admin.awaitMode(orgId, ORG_POLL, MODE_SWITCH);
            modes.put("before org polling", expect(admin, orgId, ORG_POLL));
            report.latency("salesforceToTaskSyncOrgPoll", "Salesforce -> TaskSync", ORG_POLL, polling(org, "org poll"),
                    Target.of(5_000, 12_000), interleaved());
            modes.put("after org polling", expect(admin, orgId, ORG_POLL));
            report.idle("orgPoll", idle(cluster, org, ORG_POLL, options.idlePollMinutes()), options.reps(), -1);
            modes.put("after idle org polling", expect(admin, orgId, ORG_POLL));

            cluster.emulatorAdmin().selectForChangeDataCapture(orgId, List.of("Task"));
            admin.checkAgain(orgId);
            admin.awaitMode(orgId, CHANGE_EVENTS, MODE_SWITCH);
            var rep = org.reps().get(0);
            modes.put("before change events", expect(admin, orgId, CHANGE_EVENTS));
            System.out.println("Salesforce -> TaskSync with change events: " + options.changes() + " changes, one at a time");
            report.latency("salesforceToTaskSyncChangeEvents", "Salesforce -> TaskSync", CHANGE_EVENTS,
                    SequentialLatency.measure(rep.salesforce(), rep.taskSync(), options.changes(), dates,
                            CHANGE_EVENT_TIMEOUT, "change events"),
                    Target.of(1_000, 3_000), sequential(CHANGE_EVENT_TIMEOUT));
            modes.put("after change events", expect(admin, orgId, CHANGE_EVENTS));
            System.out.println("TaskSync -> Salesforce: " + options.changes() + " changes, one at a time");
            report.latency("taskSyncToSalesforce", "TaskSync -> Salesforce", CHANGE_EVENTS,
                    SequentialLatency.measure(rep.taskSync(), rep.salesforce(), options.changes(), dates, POLL_TIMEOUT,
                            "outbound"),
                    Target.of(500, 2_000), sequential(POLL_TIMEOUT));
            modes.put("after TaskSync -> Salesforce", expect(admin, orgId, CHANGE_EVENTS));
            report.idle("changeEvents", idle(cluster, org, CHANGE_EVENTS, options.idleMinutes()), options.reps(), 15);
            modes.put("after idle change events", expect(admin, orgId, CHANGE_EVENTS));
            report.root().put("finishedAt", Instant.now().toString()).put("loadAverageAtEnd", loadAverage());
        }
        report.print();
        report.write(options.out());
    }

    private Latencies polling(BenchmarkOrg org, String label) {
        System.out.println("Salesforce -> TaskSync by " + label + ": " + options.changes() + " changes over "
                + options.reps() + " reps at random gaps");
        return InterleavedLatency.measure(org.salesforceToTaskSync(), options.changes(), options.seed(), MAX_GAP,
                POLL_TIMEOUT, dates, label);
    }

    private IdleCalls idle(Cluster cluster, BenchmarkOrg org, String mode, int minutes) {
        System.out.println("API calls of the idle org in " + mode + ": " + SETTLE.toSeconds() + " s to settle, then "
                + minutes + " min");
        return IdleCalls.count(cluster.emulatorAdmin(), org.orgId(), mode, SETTLE, Duration.ofMinutes(minutes));
    }

    /** What the admin page shows for the org, which must be {@code mode}: the benchmark stops otherwise. */
    private static String expect(IntegrationAdmin admin, String orgId, String mode) {
        var shown = admin.describe(orgId);
        if (admin.mode(orgId).filter(mode::equals).isEmpty()) {
            throw new IllegalStateException("expected org " + orgId + " in " + mode + " but the admin page shows "
                    + shown);
        }
        System.out.println("admin page: org " + orgId + " in " + shown);
        return shown;
    }

    private ObjectNode interleaved() {
        return Json.object().put("changesMadeIn", "Salesforce, with each rep's session")
                .put("reps", options.reps()).put("gapMillis", "uniform 0-" + MAX_GAP.toMillis() + " per rep, seeded")
                .put("readPaceMillis", SequentialLatency.PACE_MILLIS).put("timeoutSeconds", POLL_TIMEOUT.toSeconds())
                .put("from", "the Salesforce REST call's answer")
                .put("until", "the answer of the first GET /api/tasks?dueFrom&dueTo as the rep that shows it");
    }

    private static ObjectNode sequential(Duration timeout) {
        return Json.object().put("changes", "one at a time, creates and subject updates taking turns")
                .put("readPaceMillis", SequentialLatency.PACE_MILLIS).put("timeoutSeconds", timeout.toSeconds())
                .put("from", "the answer of the call that made the change")
                .put("until", "the answer of the first read of the other side that shows it"
                        + " (TaskSync: GET /api/tasks?dueFrom&dueTo; Salesforce: a SOQL query, both as the rep)");
    }

    private ObjectNode context() {
        var root = Json.object().put("benchmark", "latency").put("startedAt", Instant.now().toString())
                .put("gitCommit", git("rev-parse", "HEAD"))
                .put("gitUncommittedChanges", !git("status", "--porcelain", "--untracked-files=no").isEmpty())
                .put("cores", Runtime.getRuntime().availableProcessors()).put("loadAverageAtStart", loadAverage())
                .put("java", System.getProperty("java.version"));
        root.set("options", options.json());
        root.put("setup", "the emulator in its own JVM; one node, java -Xmx256m -jar " + options.appJar().getFileName()
                + ", with the engine's default timings (no TASKSYNC_SYNC_* variable but the Pub/Sub endpoint and"
                + " certificate); one PostgreSQL server");
        return root;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg"), StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String git(String... args) {
        var command = new java.util.ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        try {
            var process = new ProcessBuilder(command).redirectErrorStream(true).start();
            var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return process.waitFor() == 0 ? output : "unknown";
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }
}
