package com.tasksync.benchmarks;

import com.tasksync.emulator.Emulator;
import com.tasksync.emulator.org.Org;
import com.tasksync.emulator.org.OrgSettings;
import com.tasksync.emulator.org.User;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The emulator's own speed at 100,000 tasks: sObject Collection writes (creates of 200
 * records a call from several writers, then updates) and query paging (2,000 records a page,
 * one reader), as records per second, plus the heap that 100,000 tasks hold. Each figure is
 * the median of several runs in one process. Usage:
 * {@code mvn -q install -DskipTests && mvn -q -pl benchmarks exec:java -Dexec.args="--tasks 100000 --runs 5"}
 */
public final class EmulatorBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public static void main(String[] args) throws Exception {
        int tasks = intArg(args, "--tasks", 100_000);
        int runs = intArg(args, "--runs", 5);
        int writers = intArg(args, "--writers", 2);
        Path out = Path.of(stringArg(args, "--out", "benchmarks/results/emulator.json"));

        try (Emulator emulator = Emulator.builder().port(0).start()) {
            Stats creates = new Stats();
            Stats updates = new Stats();
            Stats reads = new Stats();
            long heapBefore = usedHeapAfterGc();
            Org measured = null;
            ApiSession session = null;
            for (int run = 0; run < runs; run++) {
                Org org = emulator.directory().createOrg("Bench " + run,
                        OrgSettings.defaults().withDailyApiRequests(Integer.MAX_VALUE));
                User user = emulator.directory().createUser(org, "bench" + run + "@bench.example", "x", "bench@bench.example",
                        "Bench", "User" + run, "UTC");
                ApiSession s = new ApiSession(emulator.baseUrl(), emulator.directory().openSession(user, null).accessToken());
                List<String> ids = new ArrayList<>(tasks);
                creates.add(timed(tasks, () -> ids.addAll(createAll(s, tasks, writers))));
                updates.add(timed(tasks, () -> updateAll(s, ids, writers)));
                if (run == 0) {
                    measured = org;
                    session = s;
                }
            }
            long heapWithData = usedHeapAfterGc();
            for (int run = 0; run < runs; run++) {
                ApiSession reader = session;
                reads.add(timed(tasks, () -> {
                    int n = reader.queryAll("SELECT Id, Subject, Status, Priority, ActivityDate, Description, OwnerId, "
                            + "SystemModstamp FROM Task");
                    if (n != tasks) {
                        throw new IllegalStateException("read " + n + " records, expected " + tasks);
                    }
                }));
            }
            long heapPerOrg = (heapWithData - heapBefore) / runs;
            report(out, tasks, runs, writers, creates, updates, reads, heapPerOrg,
                    measured.apiUsage().used(emulator.clock().now()));
        }
    }

    private static List<String> createAll(ApiSession session, int tasks, int writers) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<List<String>>> futures = new ArrayList<>();
            for (int start = 0; start < tasks; start += 200) {
                int from = start;
                int to = Math.min(tasks, start + 200);
                futures.add(pool.submit(() -> session.createTasks(batch(from, to))));
            }
            List<String> ids = new ArrayList<>(tasks);
            for (Future<List<String>> f : futures) {
                ids.addAll(f.get());
            }
            return ids;
        } finally {
            pool.shutdown();
        }
    }

    private static void updateAll(ApiSession session, List<String> ids, int writers) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int start = 0; start < ids.size(); start += 200) {
                List<String> slice = ids.subList(start, Math.min(ids.size(), start + 200));
                futures.add(pool.submit(() -> {
                    ArrayNode records = JSON.createArrayNode();
                    for (String id : slice) {
                        ObjectNode r = records.addObject();
                        r.putObject("attributes").put("type", "Task");
                        r.put("Id", id).put("Priority", "High").put("Status", "In Progress");
                    }
                    session.collection("PATCH", records);
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    private static ArrayNode batch(int from, int to) {
        ArrayNode records = JSON.createArrayNode();
        LocalDate today = LocalDate.now();
        for (int i = from; i < to; i++) {
            ObjectNode r = records.addObject();
            r.putObject("attributes").put("type", "Task");
            r.put("Subject", "Follow up with prospect " + i)
                    .put("Description", "Benchmark task number " + i + " with a description of ordinary length.")
                    .put("ActivityDate", today.plusDays(i % 30 - 15).toString())
                    .put("Status", "Not Started")
                    .put("Priority", i % 3 == 0 ? "High" : "Normal");
        }
        return records;
    }

    interface Step {
        void run() throws Exception;
    }

    /** Records per second for one step that handles {@code records} records. */
    private static double timed(int records, Step step) throws Exception {
        long start = System.nanoTime();
        step.run();
        double seconds = (System.nanoTime() - start) / 1e9;
        return records / seconds;
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void report(Path out, int tasks, int runs, int writers, Stats creates, Stats updates, Stats reads,
            long heapPerOrg, long apiCalls) throws Exception {
        ObjectNode result = JSON.createObjectNode();
        result.put("benchmark", "emulator-throughput");
        result.put("at", Instant.now().toString());
        result.put("tasks", tasks).put("runs", runs).put("writers", writers);
        result.put("cores", Runtime.getRuntime().availableProcessors());
        result.put("java", System.getProperty("java.version"));
        result.put("maxHeapMiB", Runtime.getRuntime().maxMemory() >> 20);
        put(result, "collectionCreateRecordsPerSecond", creates);
        put(result, "collectionUpdateRecordsPerSecond", updates);
        put(result, "queryReadRecordsPerSecond", reads);
        result.put("heapMiBPer100kTasks", Math.round(heapPerOrg * 100_000.0 / tasks / (1 << 20) * 10) / 10.0);
        result.put("apiCallsOfTheMeasuredOrg", apiCalls);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(result) + "\n");
        System.out.printf("tasks=%d runs=%d writers=%d cores=%d java=%s%n", tasks, runs, writers,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        System.out.printf("collection create : median %,.0f records/s (min %,.0f, max %,.0f)%n", creates.median(), creates.min(), creates.max());
        System.out.printf("collection update : median %,.0f records/s (min %,.0f, max %,.0f)%n", updates.median(), updates.min(), updates.max());
        System.out.printf("query paging read : median %,.0f records/s (min %,.0f, max %,.0f)%n", reads.median(), reads.min(), reads.max());
        System.out.printf("heap held by 100k tasks: %.1f MiB%n", result.get("heapMiBPer100kTasks").asDouble());
        System.out.println("written to " + out);
    }

    private static void put(ObjectNode result, String name, Stats stats) {
        ObjectNode node = result.putObject(name);
        node.put("median", Math.round(stats.median()));
        node.put("min", Math.round(stats.min()));
        node.put("max", Math.round(stats.max()));
        ArrayNode all = node.putArray("runs");
        stats.values().forEach(v -> all.add(Math.round(v)));
    }

    private static int intArg(String[] args, String name, int fallback) {
        return Integer.parseInt(stringArg(args, name, Integer.toString(fallback)));
    }

    private static String stringArg(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
