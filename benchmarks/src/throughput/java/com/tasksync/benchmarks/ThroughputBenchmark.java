package com.tasksync.benchmarks;

import com.tasksync.torture.http.Http;
import com.tasksync.torture.http.Json;
import com.tasksync.torture.run.Cluster;
import com.tasksync.torture.run.ClusterSettings;
import com.tasksync.torture.salesforce.SalesforceRest;
import com.tasksync.torture.tasksync.Credentials;
import com.tasksync.torture.tasksync.RepTaskSync;
import com.tasksync.torture.tasksync.SalesforceConnect;
import com.tasksync.torture.tasksync.TaskSyncAdmin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The engine's throughput as a user meets it, with every part a process of its own: the emulator in
 * its own JVM, one node of the production jar with {@code -Xmx256m}, one PostgreSQL server. For each
 * Salesforce latency asked for (a fixed wait the emulator adds to every data call, standing in for a
 * real org's round trip): a first import of a rep's tasks (wall time, API calls with the polls that
 * follow it, the node's peak used heap), then edits made in TaskSync and sent (wall time until
 * Salesforce holds all of them, write calls); and once, the REST API under concurrent clients that
 * authenticate with API tokens. Usage:
 * {@code mvn -o -q -pl benchmarks -am package -DskipTests -Pthroughput-benchmark} (options in {@link #main}).
 */
public final class ThroughputBenchmark {

    private static final String DATA = SalesforceRest.DATA;
    private static final int SEED_BATCH = 200;
    /** After the import: two polls at the engine's longest idle interval, and some. */
    private static final Duration AFTER_IMPORT = Duration.ofSeconds(40);
    private static final LocalDate RESCHEDULED = LocalDate.of(2027, 3, 15);
    /**
     * The wait between the last seeded task's SystemModstamp and switching sync on, on Salesforce's clock:
     * past the engine's poll overlap (60 s), as a rep's tasks are older than the last minute. Tasks written
     * within the overlap before a read are read once more by the next polls, by design (a record whose
     * transaction was still open may hide there). The emulator gives each record a millisecond of its own,
     * so a bulk load runs its stamps ahead of its clock: hence Salesforce's clock, not ours.
     */
    private static final Duration SEEDED_BEFORE = Duration.ofSeconds(65);
    /** Growths of the inbound count further apart than this are two stretches of applying, with a wait between. */
    private static final Duration APPLY_GAP = Duration.ofMillis(1500);
    /** Clients sending the bulk edits at once. */
    private static final int EDITORS = 8;

    private final Path appJar;
    private final Path out;
    private final Path logs;
    private final int tasks;
    private final int edits;
    private final List<Integer> latencies;
    private final int apiClients;
    private final int apiSeconds;
    private final List<Integer> pacedRates;
    private final int editRounds;
    private final List<Integer> heapTasks;
    private final boolean profile;
    private final Path asyncProfiler;
    private final boolean statements;
    private NodeProfile.Extras extras = NodeProfile.Extras.NONE;
    private final java.util.Set<String> skip;
    private final Http http = Http.withoutCookies();

    private ThroughputBenchmark(Map<String, String> options) {
        appJar = Path.of(options.getOrDefault("--app-jar", "app/target/tasksync-app-0.1.0-SNAPSHOT-exec.jar"));
        out = Path.of(options.getOrDefault("--out", "benchmarks/results/throughput.json"));
        logs = Path.of(options.getOrDefault("--logs", "benchmarks/target/throughput-logs"));
        tasks = Integer.parseInt(options.getOrDefault("--tasks", "100000"));
        edits = Integer.parseInt(options.getOrDefault("--edits", "10000"));
        latencies = java.util.Arrays.stream(options.getOrDefault("--latencies", "0,300").split(","))
                .map(String::strip).map(Integer::valueOf).toList();
        apiClients = Integer.parseInt(options.getOrDefault("--api-clients", "50"));
        apiSeconds = Integer.parseInt(options.getOrDefault("--api-seconds", "20"));
        editRounds = Math.max(1, Integer.parseInt(options.getOrDefault("--edit-rounds", "3")));
        pacedRates = java.util.Arrays.stream(options.getOrDefault("--api-paced-rates", "200,300").split(","))
                .map(String::strip).filter(text -> !text.isEmpty()).map(Integer::valueOf).filter(n -> n > 0).toList();
        heapTasks = java.util.Arrays.stream(options.getOrDefault("--heap-tasks", "10000").split(","))
                .map(String::strip).filter(text -> !text.isEmpty()).map(Integer::valueOf).filter(n -> n > 0).toList();
        profile = Boolean.parseBoolean(options.getOrDefault("--profile", "true"));
        var library = options.getOrDefault("--async-profiler", "").strip();
        asyncProfiler = library.isEmpty() || library.equals("none") ? null : Path.of(library);
        statements = Boolean.parseBoolean(options.getOrDefault("--statements", "false"));
        skip = java.util.Arrays.stream(options.getOrDefault("--skip", "").split(",")).map(String::strip)
                .filter(text -> !text.isEmpty() && !text.equals("none"))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        var unknown = new java.util.TreeSet<>(skip);
        unknown.removeAll(java.util.Set.of("edits", "changes", "naive"));
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("--skip takes edits, changes and naive; not " + unknown);
        }
    }

    /**
     * Options: --tasks N --edits N --latencies 0,300 --api-clients N --api-seconds N --api-paced-rates N,N (rounds
     * of the REST load at these rates, after the warm one; 0 for none) --edit-rounds N (rounds of the edits sent,
     * the last one's figures reported) --heap-tasks N,N (first imports
     * of other sizes, at 0 ms, before the rest, to set the node's heap beside the main import's; 0 for none)
     * --profile true|false (a JFR recording of every first import) --async-profiler PATH (async-profiler's
     * library, for CPU samples and flame graphs beside JFR's) --statements true|false (the database's statement
     * counters with each profile) --skip edits,changes,naive (scenarios left out
     * after each first import, or none) --app-jar P --out P --logs P.
     */
    public static void main(String[] args) {
        var options = new java.util.HashMap<String, String>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        var benchmark = new ThroughputBenchmark(options);
        if (!Files.isRegularFile(benchmark.appJar)) {
            System.err.println("no production jar at " + benchmark.appJar + "; build it with"
                    + " mvn -o -q -pl app -am package -DskipTests");
            System.exit(2);
        }
        try {
            benchmark.run();
            System.exit(0);
        } catch (RuntimeException e) {
            e.printStackTrace();
            System.err.println("the throughput benchmark failed; the processes' logs are in " + benchmark.logs);
            System.exit(1);
        }
    }

    private void run() {
        var root = Json.object();
        root.putObject("settings").put("tasks", tasks).put("edits", edits).put("apiClients", apiClients)
                .put("apiSeconds", apiSeconds).put("apiPacedRates", pacedRates.toString()).put("editRounds", editRounds)
                .put("skipped", String.join(",", new java.util.TreeSet<>(skip)))
                .put("java", System.getProperty("java.version"))
                .put("cores", Runtime.getRuntime().availableProcessors())
                .put("node", "production jar, -Xmx256m, PostgreSQL server, emulator in its own JVM")
                .put("heap", "peak of jvm_memory_used_bytes (heap) sampled every 250 ms from the node's metrics")
                .put("seededBeforeSyncSeconds", SEEDED_BEFORE.toSeconds())
                .put("seededBeforeSync", "on Salesforce's clock, from the newest seeded task's SystemModstamp")
                .put("liveHeap", "used heap right after a full collection (jcmd GC.run) once the import ended")
                .put("profile", !profile ? "none" : (asyncProfiler == null
                        ? "a JFR recording (settings=profile, started and stopped with jcmd)"
                        : "async-profiler's CPU samples (every 5 ms of CPU) of the node and the emulator")
                        + " of each first import, the last edits round and the profiled REST rounds, summed up in the"
                        + " figures and kept in the logs' folder" + (statements ? ", with pg_stat_statements" : ""));
        var scaling = root.putArray("heapByImportSize");
        var scenarios = root.putArray("latencies");
        if (profile && statements) {
            System.setProperty(com.tasksync.torture.process.PostgresServer.EXTRA_OPTIONS,
                    StatementStats.SERVER_OPTIONS);
        }
        try (var cluster = Cluster.start(new ClusterSettings(1, appJar, logs, Map.of()))) {
            var node = cluster.nodes().get(0).baseUrl();
            if (profile) {
                extras = new NodeProfile.Extras(asyncProfiler, statements ? new StatementStats(cluster) : null,
                        ProcessCpu.emulatorPid(java.net.URI.create(cluster.emulatorUrl()).getPort()).orElse(null));
            }
            for (var size : heapTasks) {
                System.out.println("heap: first import of " + size + " Salesforce tasks at 0 ms");
                var rep = Rep.create(cluster, node, "h" + size);
                seed(cluster, rep, size);
                awaitSeededBefore(cluster, rep);
                var imported = firstImport(cluster, node, rep, size, "import-" + size + "-0ms");
                scaling.add(heapFigures(imported));
                System.out.println("  first import: " + imported);
            }
            Rep last = null;
            for (var latency : latencies) {
                System.out.println("latency " + latency + " ms: seeding " + tasks + " Salesforce tasks");
                var rep = Rep.create(cluster, node, "l" + latency);
                seed(cluster, rep, tasks);
                awaitSeededBefore(cluster, rep);
                var fault = latency > 0 ? cluster.emulatorAdmin().addFault(Json.object().put("method", "*")
                        .put("pathRegex", DATA.replace(".", "\\.") + "/.*").put("kind", "latency")
                        .put("latencyMillis", latency)) : null;
                var scenario = scenarios.addObject().put("latencyMillis", latency);
                scenario.set("firstImport", firstImport(cluster, node, rep, tasks, "import-" + tasks + "-" + latency + "ms"));
                if (latency == 0) {
                    scaling.add(heapFigures(scenario.get("firstImport")));
                }
                System.out.println("  first import: " + scenario.get("firstImport"));
                if (!skip.contains("edits")) {
                    scenario.set("editsSent", editsSent(cluster, node, rep));
                    System.out.println("  edits sent: " + scenario.get("editsSent"));
                }
                if (!skip.contains("changes")) {
                    scenario.set("changesApplied", changesApplied(cluster, node, rep));
                    System.out.println("  Salesforce changes applied: " + scenario.get("changesApplied"));
                }
                if (!skip.contains("naive")) {
                    var naive = new NaiveBaselines(http);
                    var baselines = scenario.putObject("naiveBaselines");
                    baselines.set("import", naive.importPerRecord(cluster, rep.salesforceToken(), tasks));
                    baselines.set("editsSent", naive.editsPerCall(cluster, rep.salesforceToken(), edits,
                            RESCHEDULED.plusDays(1)));
                    System.out.println("  naive baselines: " + baselines);
                }
                if (fault != null) {
                    cluster.emulatorAdmin().removeFault(fault);
                }
                last = rep;
            }
            if (last != null && apiClients > 0) {
                root.set("restApi", apiLoad(cluster, node, last));
                System.out.println("REST API: " + root.get("restApi"));
            }
        }
        write(root);
    }

    /** A rep of a new org: the Salesforce user, its TaskSync account connected through OAuth, sync still off. */
    record Rep(String orgId, String username, Credentials account, RepTaskSync taskSync, String salesforceToken) {

        static Rep create(Cluster cluster, String node, String tag) {
            var emulator = cluster.emulatorAdmin();
            var stamp = tag + "-" + Long.toHexString(System.nanoTime());
            var orgId = emulator.createOrg("Throughput " + stamp, 10_000_000);
            var username = "rep-" + stamp + "@throughput.example";
            var password = "sf-password-" + stamp;
            emulator.createUser(orgId, username, password);
            var account = new TaskSyncAdmin(cluster.admin()).addRep(node, "rep-" + stamp + "@tasksync.example",
                    "rep-password-" + stamp);
            SalesforceConnect.connect(node, account, username, password);
            return new Rep(orgId, username, account, new RepTaskSync(account), emulator.openSession(username));
        }
    }

    /** The rep's tasks, made in Salesforce in collections of 200 by four writers, all due in the coming weeks. */
    private void seed(Cluster cluster, Rep rep, int count) {
        var url = cluster.emulatorUrl() + DATA + "/composite/sobjects";
        var headers = Map.of("Authorization", "Bearer " + rep.salesforceToken(), "Content-Type", "application/json");
        var batches = new ArrayList<Runnable>();
        for (int from = 0; from < count; from += SEED_BATCH) {
            var first = from;
            batches.add(() -> {
                var body = Json.object().put("allOrNone", true);
                var records = body.putArray("records");
                for (int i = first; i < Math.min(count, first + SEED_BATCH); i++) {
                    var record = records.addObject();
                    record.putObject("attributes").put("type", "Task");
                    record.put("Subject", "Seeded task " + i).put("Status", "Not Started").put("Priority", "Normal")
                            .put("ActivityDate", LocalDate.of(2026, 12, 1).plusDays(i % 60).toString());
                }
                var reply = http.exchange("POST", url, headers, Json.bytes(body));
                if (!reply.answered() || reply.reply().status() != 200) {
                    throw new IllegalStateException("seeding failed: " + reply.describe());
                }
            });
        }
        inParallel(4, batches, "seeding");
    }

    /** Waits until Salesforce's clock (a query answer's Date) is {@link #SEEDED_BEFORE} past the newest task's stamp. */
    private void awaitSeededBefore(Cluster cluster, Rep rep) {
        var newest = query(cluster, rep, "SELECT SystemModstamp FROM Task ORDER BY SystemModstamp DESC LIMIT 1");
        var stamp = java.time.Instant.parse(newest.json().path("records").get(0).path("SystemModstamp").asString()
                .replaceAll("\\+0000$", "Z"));
        var until = stamp.plus(SEEDED_BEFORE);
        while (true) {
            var date = query(cluster, rep, "SELECT Id FROM Task LIMIT 1").headers().firstValue("Date")
                    .map(text -> java.time.ZonedDateTime.parse(text, java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME)
                            .toInstant()).orElseThrow();
            if (!date.isBefore(until)) {
                return;
            }
            sleep(Duration.ofSeconds(1));
        }
    }

    private com.tasksync.torture.http.Reply query(Cluster cluster, Rep rep, String soql) {
        var reply = http.exchange("GET", cluster.emulatorUrl() + DATA + "/query?q="
                + URLEncoder.encode(soql, StandardCharsets.UTF_8), Map.of("Authorization", "Bearer "
                + rep.salesforceToken()), null);
        if (!reply.acknowledged()) {
            throw new IllegalStateException("a query failed: " + reply.describe());
        }
        return reply.reply();
    }

    private ObjectNode firstImport(Cluster cluster, String node, Rep rep, int count, String name) {
        var emulator = cluster.emulatorAdmin();
        var before = emulator.callCount(rep.orgId());
        var pid = cluster.nodes().get(0).process().pid();
        var recording = profile ? NodeProfile.start(pid, name, logs.resolve(name + ".jfr"), extras) : null;
        long wall;
        long peak;
        long samples;
        try (var heap = MetricSampler.heap(node, cluster.admin())) {
            var started = System.nanoTime();
            var switched = rep.taskSync().switchSync(node, true);
            if (!switched.acknowledged()) {
                throw new IllegalStateException("switching sync on failed: " + switched.describe());
            }
            awaitState(node, rep, "syncing", Duration.ofMinutes(15));
            wall = (System.nanoTime() - started) / 1_000_000;
            peak = heap.peak();
            samples = heap.samples().size();
        }
        var importCalls = emulator.callCount(rep.orgId()) - before;
        var summary = recording == null ? null : recording.stopAndSummarize(15);
        var live = NodeProfile.liveHeapBytes(pid, () -> MetricSampler.heapUsed(prometheus(node, cluster)));
        sleep(AFTER_IMPORT);
        var withPolls = emulator.callCount(rep.orgId()) - before;
        var imported = total(node, rep, "all");
        if (imported != count) {
            throw new IllegalStateException("TaskSync holds " + imported + " tasks, not " + count);
        }
        var figures = Json.object().put("tasks", count).put("wallMillis", wall).put("tasksPerSecond", rate(count, wall))
                .put("apiCalls", importCalls).put("apiCallsWithPollsAfter", withPolls)
                .put("pollsAfterSeconds", AFTER_IMPORT.toSeconds()).put("floorQueryPages", (count + 1999) / 2000)
                .put("peakHeapMegabytes", peak / (1024 * 1024)).put("heapSamples", samples)
                .put("liveHeapAfterImportMegabytes", live / (1024 * 1024));
        if (summary != null) {
            figures.set("profile", summary);
        }
        return figures;
    }

    /** The heap figures of a first import, for the table of imports by size. */
    private static ObjectNode heapFigures(JsonNode firstImport) {
        var figures = Json.object().put("tasks", firstImport.path("tasks").asLong())
                .put("wallMillis", firstImport.path("wallMillis").asLong())
                .put("peakHeapMegabytes", firstImport.path("peakHeapMegabytes").asLong())
                .put("liveHeapAfterImportMegabytes", firstImport.path("liveHeapAfterImportMegabytes").asLong());
        var profile = firstImport.path("profile");
        if (profile.has("maxHeapAfterCollectionMegabytes")) {
            figures.put("maxHeapAfterCollectionMegabytes", profile.path("maxHeapAfterCollectionMegabytes").asLong());
        }
        return figures;
    }

    private String prometheus(String node, Cluster cluster) {
        return MetricSampler.scrape(http, node, cluster.admin())
                .orElseThrow(() -> new IllegalStateException("the node's metrics did not answer"));
    }

    /**
     * {@code edits} tasks rescheduled in TaskSync (bulk actions of 200, {@value #EDITORS} at once), timed from the
     * first until Salesforce holds every one, in {@code editRounds} rounds, each to another day: the first meets a
     * node whose code for this work is still being compiled (in a profile of that round four samples in ten were
     * the JIT compiler's, and still more than three in ten in the second), the later ones the same node warmer,
     * as a node that has run for a while is. The figures are the last round's, the earlier ones' beside them.
     */
    private ObjectNode editsSent(Cluster cluster, String node, Rep rep) {
        var earlier = new ArrayList<ObjectNode>();
        for (int round = 1; round < editRounds; round++) {
            earlier.add(editsRound(cluster, node, rep, RESCHEDULED.minusDays(editRounds - round), false));
        }
        var last = editsRound(cluster, node, rep, RESCHEDULED, profile).put("round", editRounds);
        last.putArray("earlierRounds").addAll(earlier);
        return last;
    }

    private ObjectNode editsRound(Cluster cluster, String node, Rep rep, LocalDate dueDate, boolean profiled) {
        var ids = new ArrayList<String>();
        for (int page = 0; ids.size() < edits; page++) {
            var items = get(node, rep, "/api/tasks?view=all&size=200&page=" + page).path("items");
            if (items.isEmpty()) {
                break;
            }
            items.forEach(item -> ids.add(item.path("id").asString()));
        }
        var chosen = ids.subList(0, Math.min(edits, ids.size()));
        var emulator = cluster.emulatorAdmin();
        var writesBefore = writeCalls(emulator.callsByRoute(rep.orgId()));
        var name = "edits-" + chosen.size();
        var recording = profiled ? NodeProfile.start(cluster.nodes().get(0).process().pid(), name,
                logs.resolve(name + ".jfr"), extras) : null;
        var cpu = processCpu(cluster);
        var started = System.nanoTime();
        var sent = new ArrayList<Runnable>();
        for (int from = 0; from < chosen.size(); from += 200) {
            var part = List.copyOf(chosen.subList(from, Math.min(chosen.size(), from + 200)));
            sent.add(() -> {
                var body = Json.object().put("action", "reschedule").put("dueDate", dueDate.toString());
                part.forEach(body.putArray("ids")::add);
                var reply = http.exchange("POST", node + "/api/tasks/bulk", Map.of("Authorization",
                        rep.account().basic(), "Content-Type", "application/json"), Json.bytes(body));
                if (!reply.acknowledged()) {
                    throw new IllegalStateException("a bulk edit failed: " + reply.describe());
                }
            });
        }
        inParallel(EDITORS, sent, "the bulk edits");
        var acknowledged = (System.nanoTime() - started) / 1_000_000;
        var deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (countInSalesforce(cluster, rep, "ActivityDate = " + dueDate) < chosen.size()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the edits did not all reach Salesforce within 10 minutes");
            }
            sleep(Duration.ofMillis(100));
        }
        var wall = (System.nanoTime() - started) / 1_000_000;
        var cpuPerEdit = cpu.perUnit(chosen.size());
        var summary = recording == null ? null : recording.stopAndSummarize(15);
        var writes = writeCalls(emulator.callsByRoute(rep.orgId())) - writesBefore;
        var figures = Json.object().put("edits", chosen.size()).put("wallMillis", wall).put("editsPerSecond",
                rate(chosen.size(), wall)).put("acknowledgedAfterMillis", acknowledged).put("writeCalls", writes)
                .put("floorCollectionCalls", (chosen.size() + 199) / 200);
        figures.set("cpuMillisPerEdit", Json.MAPPER.valueToTree(cpuPerEdit));
        if (summary != null) {
            figures.set("profile", summary);
        }
        return figures;
    }

    /**
     * Every one of the rep's tasks changed in Salesforce (its Description, by collections of 200 from
     * {@value #EDITORS} writers), then applied by TaskSync's polls: the node's own count of inbound
     * updates ({@code tasksync_sync_changes_total}, sampled every 100 ms) says when each was applied.
     * The rate is taken over the stretches in which that count grew (the polls at work, not the
     * waits between them, which the poll interval sets); overall figures stand beside it.
     */
    private ObjectNode changesApplied(Cluster cluster, String node, Rep rep) {
        var ids = new ArrayList<String>();
        String next = DATA + "/query?q=" + URLEncoder.encode("SELECT Id FROM Task WHERE IsDeleted = false",
                StandardCharsets.UTF_8);
        var auth = Map.of("Authorization", "Bearer " + rep.salesforceToken(), "Content-Type", "application/json");
        while (next != null) {
            var page = http.exchange("GET", cluster.emulatorUrl() + next, auth, null);
            if (!page.acknowledged()) {
                throw new IllegalStateException("reading the task ids failed: " + page.describe());
            }
            page.reply().json().path("records").forEach(record -> ids.add(record.path("Id").asString()));
            var more = page.reply().json().path("nextRecordsUrl");
            next = more.isMissingNode() || more.isNull() ? null : more.asString();
        }
        var before = inboundUpdates(node, cluster, rep.orgId());
        var name = "changes-" + ids.size();
        var recording = profile ? NodeProfile.start(cluster.nodes().get(0).process().pid(), name,
                logs.resolve(name + ".jfr"), extras) : null;
        var started = System.nanoTime();
        var sampler = MetricSampler.start(node, cluster.admin(), Duration.ofMillis(100),
                prometheus -> inboundUpdates(prometheus, rep.orgId()) - before);
        var batches = new ArrayList<Runnable>();
        for (int from = 0; from < ids.size(); from += SEED_BATCH) {
            var part = List.copyOf(ids.subList(from, Math.min(ids.size(), from + SEED_BATCH)));
            batches.add(() -> {
                var body = Json.object().put("allOrNone", true);
                var records = body.putArray("records");
                for (var id : part) {
                    var record = records.addObject();
                    record.putObject("attributes").put("type", "Task");
                    record.put("Id", id).put("Description", "changed in Salesforce " + id);
                }
                var reply = http.exchange("PATCH", cluster.emulatorUrl() + DATA + "/composite/sobjects", auth,
                        Json.bytes(body));
                if (!reply.answered() || reply.reply().status() != 200) {
                    throw new IllegalStateException("changing tasks in Salesforce failed: " + reply.describe());
                }
            });
        }
        inParallel(EDITORS, batches, "changing tasks in Salesforce");
        var writesDone = (System.nanoTime() - started) / 1_000_000;
        var deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        long applied;
        while ((applied = inboundUpdates(node, cluster, rep.orgId()) - before) < ids.size()
                && System.nanoTime() < deadline) {
            sleep(Duration.ofMillis(100));
        }
        var allApplied = (System.nanoTime() - started) / 1_000_000;
        var summary = recording == null ? null : recording.stopAndSummarize(15);
        sampler.close();
        var samples = new ArrayList<>(sampler.samples());
        samples.add(new MetricSampler.Sample(System.nanoTime(), applied));
        // Time spent applying: the count grows a batch at a time (each batch's transaction commits its 200
        // records at once), so growths less than APPLY_GAP apart are one stretch of applying, from the sample
        // before its first growth to its last; longer gaps are waits between polls, which the poll interval sets.
        long applyingNanos = 0;
        var stretches = 0;
        long stretchStart = -1;
        long lastGrowth = -1;
        MetricSampler.Sample previous = null;
        for (var sample : samples) {
            if (previous != null && sample.value() > previous.value()) {
                if (lastGrowth < 0 || sample.nanos() - lastGrowth > APPLY_GAP.toNanos()) {
                    if (lastGrowth >= 0) {
                        applyingNanos += lastGrowth - stretchStart;
                    }
                    stretchStart = previous.nanos();
                    stretches++;
                }
                lastGrowth = sample.nanos();
            }
            previous = sample;
        }
        if (lastGrowth >= 0) {
            applyingNanos += lastGrowth - stretchStart;
        }
        var applying = applyingNanos / 1_000_000;
        var figures = Json.object().put("changes", ids.size()).put("applied", applied)
                .put("writesDoneAfterMillis", writesDone).put("allAppliedAfterMillis", allApplied)
                .put("applyingMillis", applying).put("appliedPerSecondWhileApplying", rate(applied, applying))
                .put("stretchesOfApplying", stretches).put("appliedPerSecondOverall", rate(applied, allApplied))
                .put("writtenPerSecond", rate(ids.size(), writesDone));
        if (summary != null) {
            figures.set("profile", summary);
        }
        return figures;
    }

    /** The node's count of Salesforce changes it applied as updates to the org's tasks. */
    private long inboundUpdates(String node, Cluster cluster, String orgId) {
        return MetricSampler.scrape(http, node, cluster.admin()).map(text -> inboundUpdates(text, orgId)).orElse(0L);
    }

    private static long inboundUpdates(String prometheus, String orgId) {
        return MetricSampler.sum(prometheus, line -> line.startsWith("tasksync_sync_changes_total{")
                && line.contains("direction=\"inbound\"") && line.contains("org=\"" + orgId + "\"")
                && line.contains("outcome=\"updated\""));
    }

    /**
     * {@code apiClients} clients, each with the rep's API token (60 % list a page, 25 % edit a task, 15 %
     * create one), in two rounds of {@code apiSeconds}: the first meets a node that has not served this
     * load yet (its code for it still interpreted or being compiled), the second the same node warm.
     * Then how many created tasks Salesforce held when the load ended (the outbox drains during the
     * load), and how long until it held the rest. The profiles, when asked for, are of the second round and of
     * each round at a fixed rate.
     *
     * <p>Those two rounds send each request as soon as the client's last one is answered: they measure the
     * most the node serves, with every client queued behind the others, so their latency follows from their
     * rate (Little's law: 50 clients at 500 requests a second wait 100 ms on average, whatever the node does).
     * Then, for each rate of {@code pacedRates}, a round in which the same clients send at that rate in all,
     * each on a schedule of its own; a request's time counts from when it was due, so a node that falls behind
     * shows it in the latencies rather than by slowing the clients down.
     */
    private ObjectNode apiLoad(Cluster cluster, String node, Rep rep) {
        var issued = http.exchange("POST", node + "/api/tokens", Map.of("Authorization", rep.account().basic(),
                "Content-Type", "application/json"), Json.bytes(Json.object().put("name", "throughput benchmark")));
        if (!issued.acknowledged()) {
            throw new IllegalStateException("no API token: " + issued.describe());
        }
        var bearer = Map.of("Authorization", "Bearer " + issued.reply().json().path("token").asString(),
                "Content-Type", "application/json");
        var ids = new ArrayList<String>();
        get(node, rep, "/api/tasks?view=all&size=200&page=0").path("items")
                .forEach(item -> ids.add(item.path("id").asString()));
        var created = new AtomicInteger();
        var figures = Json.object().put("clients", apiClients).put("secondsPerRound", apiSeconds);
        figures.set("firstRound", apiRound(cluster, node, bearer, ids, created, null, 0));
        var recording = profile ? NodeProfile.start(cluster.nodes().get(0).process().pid(), "rest-api",
                logs.resolve("rest-api.jfr"), extras) : null;
        var warm = apiRound(cluster, node, bearer, ids, created, recording, 0);
        figures.set("secondRound", warm);
        var paced = figures.putArray("pacedRounds");
        for (var rate : pacedRates) {
            var name = "rest-api-" + rate + "-per-second";
            var pacedRecording = profile ? NodeProfile.start(cluster.nodes().get(0).process().pid(), name,
                    logs.resolve(name + ".jfr"), extras) : null;
            paced.add(apiRound(cluster, node, bearer, ids, created, pacedRecording, rate)
                    .put("offeredPerSecond", rate));
        }
        var inSalesforceAtEnd = countInSalesforce(cluster, rep, "Subject LIKE 'load-created%'");
        var drainStarted = System.nanoTime();
        var drainDeadline = drainStarted + Duration.ofMinutes(5).toNanos();
        while (countInSalesforce(cluster, rep, "Subject LIKE 'load-created%'") < created.get()) {
            if (System.nanoTime() > drainDeadline) {
                throw new IllegalStateException("the tasks created under load did not all reach Salesforce in 5 minutes");
            }
            sleep(Duration.ofMillis(100));
        }
        return figures.put("created", created.get()).put("createdInSalesforceWhenLoadEnded", inSalesforceAtEnd)
                .put("restInSalesforceAfterMillis", (System.nanoTime() - drainStarted) / 1_000_000);
    }

    /**
     * One round of the REST load: requests, failures, rate, p50 and p99, CPU per request by process. At a
     * {@code rate} above 0 the clients send that many requests a second in all, client {@code c}'s k-th due at
     * {@code (k * clients + c) / rate} seconds from the start, and each latency counts from when it was due.
     */
    private ObjectNode apiRound(Cluster cluster, String node, Map<String, String> bearer, List<String> ids,
            AtomicInteger created, NodeProfile recording, int rate) {
        var failed = new AtomicInteger();
        var latencies = java.util.Collections.synchronizedList(new ArrayList<Double>());
        var cpu = processCpu(cluster);
        var end = System.nanoTime() + Duration.ofSeconds(apiSeconds).toNanos();
        var started = System.nanoTime();
        ExecutorService clients = Executors.newFixedThreadPool(apiClients);
        try {
            for (int c = 0; c < apiClients; c++) {
                var client = c;
                clients.submit(() -> {
                    var random = ThreadLocalRandom.current();
                    for (long k = 0; System.nanoTime() < end; k++) {
                        var pick = random.nextInt(100);
                        var sent = System.nanoTime();
                        if (rate > 0) {
                            var due = started + (long) ((k * apiClients + client) * 1e9 / rate);
                            if (due >= end) {
                                break;
                            }
                            if (due > sent) {
                                java.util.concurrent.locks.LockSupport.parkNanos(due - sent);
                            }
                            sent = due;
                        }
                        com.tasksync.torture.http.Exchange reply;
                        if (pick < 60) {
                            reply = http.exchange("GET", node + "/api/tasks?view=all&size=20&page=" + random.nextInt(50),
                                    bearer, null);
                        } else if (pick < 85) {
                            var body = Json.object().put("description", "load " + random.nextLong());
                            reply = http.exchange("PATCH", node + "/api/tasks/" + ids.get(random.nextInt(ids.size())),
                                    Map.of("Authorization", bearer.get("Authorization"), "Content-Type",
                                            "application/merge-patch+json"), Json.bytes(body));
                        } else {
                            var body = Json.object().put("subject", "load-created " + random.nextLong());
                            reply = http.exchange("POST", node + "/api/tasks", bearer, Json.bytes(body));
                            if (reply.acknowledged()) {
                                created.incrementAndGet();
                            }
                        }
                        latencies.add((System.nanoTime() - sent) / 1e6);
                        if (!reply.acknowledged()) {
                            failed.incrementAndGet();
                        }
                    }
                });
            }
            clients.shutdown();
            if (!clients.awaitTermination(apiSeconds + 120L, java.util.concurrent.TimeUnit.SECONDS)) {
                throw new IllegalStateException("the API clients did not stop");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            clients.shutdownNow();
        }
        var wall = (System.nanoTime() - started) / 1e6;
        var cpuPerRequest = cpu.perUnit(latencies.size());
        var summary = recording == null ? null : recording.stopAndSummarize(15);
        var stats = new Stats();
        latencies.forEach(stats::add);
        var figures = Json.object().put("requests", stats.count()).put("failed", failed.get())
                .put("requestsPerSecond", Math.round(stats.count() / (wall / 1000) * 10) / 10.0)
                .put("p50Millis", round(stats.median())).put("p99Millis", round(stats.percentile(99)));
        figures.set("cpuMillisPerRequest", Json.MAPPER.valueToTree(cpuPerRequest));
        if (summary != null) {
            figures.set("profile", summary);
        }
        return figures;
    }

    private static ProcessCpu processCpu(Cluster cluster) {
        return ProcessCpu.start(cluster.nodes().get(0).process().pid(),
                java.net.URI.create(cluster.emulatorUrl()).getPort(),
                java.net.URI.create(cluster.databaseUrl().substring("jdbc:".length())).getPort());
    }

    /** Runs the work on {@code threads} threads and waits for all of it; the first failure fails the scenario. */
    private static void inParallel(int threads, List<Runnable> work, String what) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            var done = new ArrayList<Future<?>>();
            work.forEach(part -> done.add(pool.submit(part)));
            for (var part : done) {
                part.get();
            }
        } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(what + " failed", e);
        } finally {
            pool.shutdownNow();
        }
    }

    private long countInSalesforce(Cluster cluster, Rep rep, String where) {
        return query(cluster, rep, "SELECT COUNT() FROM Task WHERE " + where).json().path("totalSize").asLong();
    }

    private static long writeCalls(Map<String, Long> byRoute) {
        return byRoute.entrySet().stream().filter(e -> e.getKey().contains("composite/sobjects")
                && !e.getKey().startsWith("GET")).mapToLong(Map.Entry::getValue).sum();
    }

    private void awaitState(String node, Rep rep, String state, Duration timeout) {
        var deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            var status = rep.taskSync().syncStatus(node);
            if (state.equals(Json.text(status, "state"))) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("sync is not " + state + " after " + timeout + ": " + status);
            }
            sleep(Duration.ofMillis(100));
        }
    }

    private long total(String node, Rep rep, String view) {
        return get(node, rep, "/api/tasks?view=" + view + "&size=1").path("totalItems").asLong();
    }

    private JsonNode get(String node, Rep rep, String path) {
        var reply = http.exchange("GET", node + path, Map.of("Authorization", rep.account().basic()), null);
        if (!reply.acknowledged()) {
            throw new IllegalStateException("GET " + path + " failed: " + reply.describe());
        }
        return reply.reply().json();
    }

    private static double rate(long count, long millis) {
        return millis == 0 ? 0 : Math.round(count * 1000.0 / millis * 10) / 10.0;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void write(ObjectNode root) {
        try {
            Files.createDirectories(out.toAbsolutePath().getParent());
            Files.writeString(out, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n");
            System.out.println("written to " + out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
