package com.tasksync.benchmarks;

import com.tasksync.torture.http.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

/**
 * CPU samples of a JVM by async-profiler, loaded into the running process with {@code jcmd
 * JVMTI.agent_load} (its library is not part of the project: {@code --async-profiler PATH} names it).
 * Unlike JFR's, its samples include the JVM's own native code (the JIT compiler, the collector) and
 * the kernel's, so their shares are of the CPU the process really spent. It writes the collapsed stacks
 * and an HTML flame graph beside the JFR recording, and sums up the stacks: shares by the layer of the
 * innermost frame, the innermost frames, and the frames most often anywhere on the stack.
 */
final class CpuFlame {

    private CpuFlame() {
    }

    /** Samples every running thread's stack every 5 ms of CPU it spends. */
    static void start(long pid, Path library) {
        NodeProfile.jcmd(pid, "JVMTI.agent_load", library.toAbsolutePath().toString(),
                quoted("start,event=cpu,interval=5ms"));
    }

    /** Writes {@code base}.collapsed and {@code base}.html, stops, and sums the stacks up. */
    static ObjectNode stopAndSummarize(long pid, Path library, Path base, int top) {
        var collapsed = base.resolveSibling(base.getFileName() + ".collapsed").toAbsolutePath();
        var html = base.resolveSibling(base.getFileName() + ".html").toAbsolutePath();
        var lib = library.toAbsolutePath().toString();
        NodeProfile.jcmd(pid, "JVMTI.agent_load", lib, quoted("dump,collapsed,file=" + collapsed));
        NodeProfile.jcmd(pid, "JVMTI.agent_load", lib, quoted("stop,flamegraph,file=" + html));
        return summarize(collapsed, top);
    }

    /** jcmd splits its arguments at '=', so the agent's options go whole, in double quotes. */
    private static String quoted(String options) {
        return '"' + options + '"';
    }

    static ObjectNode summarize(Path collapsed, int top) {
        var self = new HashMap<String, Long>();
        var layers = new HashMap<String, Long>();
        var inclusive = new HashMap<String, Long>();
        long samples = 0;
        try (var lines = Files.lines(collapsed)) {
            for (var line : (Iterable<String>) lines::iterator) {
                var space = line.lastIndexOf(' ');
                if (space < 0) {
                    continue;
                }
                var count = Long.parseLong(line.substring(space + 1).strip());
                var frames = line.substring(0, space).split(";");
                samples += count;
                var leaf = frame(frames[frames.length - 1]);
                self.merge(leaf, count, Long::sum);
                layers.merge(leaf.indexOf('.') > 0 && !leaf.contains("::") ? NodeProfile.layer(leaf)
                        : "JVM and kernel (native)", count, Long::sum);
                var seen = new HashSet<String>();
                for (var raw : frames) {
                    var method = frame(raw);
                    if (seen.add(method)) {
                        inclusive.merge(method, count, Long::sum);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + collapsed, e);
        }
        var summary = Json.object().put("samples", samples);
        summary.set("byLayer", shares(layers, samples, layers.size()));
        summary.set("selfTop", shares(self, samples, top));
        summary.set("inclusiveTop", shares(inclusive, samples, 2 * top));
        return summary;
    }

    /** A frame as the JFR summary names it: {@code com.example.Type.method}, without async-profiler's suffixes. */
    private static String frame(String raw) {
        var name = raw.endsWith("]") && raw.lastIndexOf("_[") > 0 ? raw.substring(0, raw.lastIndexOf("_[")) : raw;
        return name.contains("::") || name.contains(" ") ? name : name.replace('/', '.');
    }

    private static ObjectNode shares(Map<String, Long> counts, long total, int top) {
        var out = Json.object();
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey())).limit(top)
                .forEach(e -> out.put(e.getKey(), e.getValue() + " (" + (total == 0 ? 0
                        : Math.round(e.getValue() * 1000.0 / total) / 10.0) + " %)"));
        return out;
    }
}
