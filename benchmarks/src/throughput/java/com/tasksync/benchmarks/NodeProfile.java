package com.tasksync.benchmarks;

import com.tasksync.torture.http.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a node does while a scenario runs, from the JDK's own tools attached to its process: a JFR
 * recording started and stopped with {@code jcmd}, summed up from its samples, and the heap still
 * live after a full collection. The recording's file stays beside the benchmark's logs, for
 * {@code jfr print} or JDK Mission Control.
 */
final class NodeProfile {

    /** The packages a sample's top frame is counted under, first match wins; the rest is "other". */
    private static final Map<String, String> LAYERS = layers();

    private final long pid;
    private final String name;
    private final Path file;
    private final Extras extras;

    private NodeProfile(long pid, String name, Path file, Extras extras) {
        this.pid = pid;
        this.name = name;
        this.file = file;
        this.extras = extras;
    }

    /**
     * What a profile takes besides JFR, when asked for: async-profiler's library (CPU samples of the
     * node's Java and native code alike, with a flame graph, {@link CpuFlame}; the emulator's JVM too, when
     * its pid is known) and the database's statement counters ({@link StatementStats}, when the server
     * preloads {@code pg_stat_statements}).
     */
    record Extras(Path asyncProfiler, StatementStats statements, Long emulatorPid) {

        static final Extras NONE = new Extras(null, null, null);
    }

    /**
     * Starts a recording with the JDK's "profile" settings (a Java sample every 10 ms per running thread),
     * or, when async-profiler is given, its CPU samples instead: JFR's recording of stacks beside them cost
     * the node a good share of its CPU (7 % of the samples were JFR's own) and skewed what they measured.
     */
    static NodeProfile start(long pid, String name, Path file, Extras extras) {
        if (extras.asyncProfiler() != null) {
            CpuFlame.start(pid, extras.asyncProfiler());
            if (extras.emulatorPid() != null) {
                CpuFlame.start(extras.emulatorPid(), extras.asyncProfiler());
            }
        } else {
            jcmd(pid, "JFR.start", "name=" + name, "settings=profile");
        }
        if (extras.statements() != null) {
            extras.statements().reset();
        }
        return new NodeProfile(pid, name, file, extras);
    }

    /** Stops the recording, writes it to its file, and sums it up. */
    ObjectNode stopAndSummarize(int top) {
        ObjectNode summary;
        if (extras.asyncProfiler() != null) {
            var flame = file.resolveSibling(name + "-cpu");
            summary = Json.object();
            summary.set("cpu", CpuFlame.stopAndSummarize(pid, extras.asyncProfiler(), flame, top)
                    .put("flameGraph", named(flame.resolveSibling(flame.getFileName() + ".html"))));
            if (extras.emulatorPid() != null) {
                var emulator = file.resolveSibling(name + "-emulator-cpu");
                var emulatorHtml = emulator.resolveSibling(emulator.getFileName() + ".html");
                summary.set("emulatorCpu", CpuFlame.stopAndSummarize(extras.emulatorPid(), extras.asyncProfiler(),
                        emulator, top).put("flameGraph", named(emulatorHtml)));
            }
        } else {
            jcmd(pid, "JFR.stop", "name=" + name, "filename=" + file.toAbsolutePath());
            summary = summarize(file, top).put("recording", named(file));
        }
        if (extras.statements() != null) {
            summary.set("statements", extras.statements().top(top));
        }
        return summary;
    }

    /** Named from the working directory (the project's), so the results name no path of this machine. */
    private static String named(Path file) {
        var here = Path.of("").toAbsolutePath();
        var absolute = file.toAbsolutePath();
        return (absolute.startsWith(here) ? here.relativize(absolute) : absolute.getFileName()).toString();
    }

    /** Used heap after a full collection ({@code GC.run}), read from the node's metrics as an admin reads them. */
    static long liveHeapBytes(long pid, java.util.function.LongSupplier heapUsed) {
        jcmd(pid, "GC.run");
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return heapUsed.getAsLong();
    }

    /**
     * Java samples counted by the method they were in (self), by the layer of that method (the
     * database driver, JSON, HTTP, the framework, TaskSync, the JDK), and by each TaskSync method
     * anywhere on their stack (inclusive); native samples (threads waiting in a socket read, mostly)
     * by the innermost TaskSync method on their stack, as shares of those that have one (the others are
     * idle threads: the web server's poller, sleeping schedulers); the collector's pauses; and the most heap
     * still used right after a collection: an upper bound of the live data, not the live data, since a
     * young collection leaves the old generation's garbage in place ({@link #liveHeapBytes} is the live data).
     */
    static ObjectNode summarize(Path recording, int top) {
        var self = new HashMap<String, Long>();
        var layers = new HashMap<String, Long>();
        var inclusive = new HashMap<String, Long>();
        var waiting = new HashMap<String, Long>();
        long samples = 0;
        long nativeSamples = 0;
        long collections = 0;
        double pauseMillis = 0;
        long maxAfterCollection = 0;
        try (var in = new RecordingFile(recording)) {
            while (in.hasMoreEvents()) {
                var event = in.readEvent();
                switch (event.getEventType().getName()) {
                    case "jdk.ExecutionSample" -> {
                        var frames = frames(event);
                        if (frames.isEmpty()) {
                            continue;
                        }
                        samples++;
                        var first = method(frames.get(0));
                        self.merge(first, 1L, Long::sum);
                        layers.merge(layer(first), 1L, Long::sum);
                        var seen = new HashSet<String>();
                        for (var frame : frames) {
                            var method = method(frame);
                            if (ownMethod(method) && seen.add(method)) {
                                inclusive.merge(method, 1L, Long::sum);
                            }
                        }
                    }
                    case "jdk.NativeMethodSample" -> {
                        nativeSamples++;
                        frames(event).stream().map(NodeProfile::method).filter(NodeProfile::ownMethod)
                                .findFirst().ifPresent(m -> waiting.merge(m, 1L, Long::sum));
                    }
                    case "jdk.GarbageCollection" -> {
                        collections++;
                        pauseMillis += event.getDuration("sumOfPauses").toNanos() / 1e6;
                    }
                    case "jdk.GCHeapSummary" -> {
                        if ("After GC".equals(event.getString("when"))) {
                            maxAfterCollection = Math.max(maxAfterCollection, event.getLong("heapUsed"));
                        }
                    }
                    default -> {
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + recording, e);
        }
        var summary = Json.object().put("javaSamples", samples).put("nativeSamples", nativeSamples)
                .put("garbageCollections", collections).put("gcPauseMillis", Math.round(pauseMillis))
                .put("maxHeapAfterCollectionMegabytes", maxAfterCollection / (1024 * 1024));
        summary.set("byLayer", shares(layers, samples, layers.size()));
        summary.set("selfTop", shares(self, samples, top));
        summary.set("taskSyncInclusiveTop", shares(inclusive, samples, top));
        var waits = waiting.values().stream().mapToLong(Long::longValue).sum();
        summary.put("nativeSamplesUnderTaskSync", waits);
        summary.set("nativeWaitsByTaskSyncMethodTop", shares(waiting, waits, top));
        return summary;
    }

    private static ObjectNode shares(Map<String, Long> counts, long total, int top) {
        var out = Json.object();
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey())).limit(top)
                .forEach(e -> out.put(e.getKey(), e.getValue() + " (" + percent(e.getValue(), total) + ")"));
        return out;
    }

    private static String percent(long part, long total) {
        return total == 0 ? "0 %" : Math.round(part * 1000.0 / total) / 10.0 + " %";
    }

    private static List<RecordedFrame> frames(RecordedEvent event) {
        var stack = event.getStackTrace();
        return stack == null ? List.of() : stack.getFrames();
    }

    private static String method(RecordedFrame frame) {
        var method = frame.getMethod();
        return method.getType().getName() + "." + method.getName();
    }

    /** A method of TaskSync's own code, not one of the framework's generated proxies or lambdas. */
    private static boolean ownMethod(String method) {
        return method.startsWith("com.tasksync.") && !method.contains("$$");
    }

    static String layer(String method) {
        for (var entry : LAYERS.entrySet()) {
            if (method.startsWith(entry.getKey())) {
                return entry.getValue();
            }
        }
        return "other";
    }

    private static Map<String, String> layers() {
        var layers = new LinkedHashMap<String, String>();
        layers.put("com.tasksync.", "TaskSync");
        layers.put("org.postgresql.", "PostgreSQL driver");
        layers.put("com.zaxxer.hikari.", "connection pool");
        layers.put("tools.jackson.", "JSON");
        layers.put("com.fasterxml.jackson.", "JSON");
        layers.put("org.springframework.", "Spring");
        layers.put("org.apache.catalina.", "Tomcat");
        layers.put("org.apache.coyote.", "Tomcat");
        layers.put("org.apache.tomcat.", "Tomcat");
        layers.put("org.thymeleaf.", "Thymeleaf");
        layers.put("io.micrometer.", "metrics");
        layers.put("ch.qos.logback.", "logging");
        layers.put("org.slf4j.", "logging");
        layers.put("com.github.kagkarlsson.", "scheduler");
        layers.put("jdk.internal.net.http.", "JDK HTTP client");
        layers.put("sun.nio.", "JDK I/O");
        layers.put("java.net.", "JDK I/O");
        layers.put("java.util.regex.", "JDK regex");
        layers.put("java.", "JDK");
        layers.put("jdk.", "JDK");
        layers.put("sun.", "JDK");
        return layers;
    }

    static void jcmd(long pid, String... command) {
        var jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        var args = new java.util.ArrayList<>(List.of(jcmd, Long.toString(pid)));
        args.addAll(List.of(command));
        try {
            var process = new ProcessBuilder(args).redirectErrorStream(true).start();
            var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(Duration.ofMinutes(2).toMillis(), TimeUnit.MILLISECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", args) + " failed: " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + jcmd, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
