package com.tasksync.benchmarks;

import com.tasksync.torture.http.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * The figures as a table on the console and as JSON in the results file: per latency scenario the
 * count, median, p90, p99 and max in milliseconds beside the targets, per idle window the
 * calls and their hourly rate, each with whether its target was met.
 */
final class LatencyReport {

    private final ObjectNode root;
    private final ObjectNode latency;
    private final ObjectNode idle;
    private final List<String> rows = new ArrayList<>();

    LatencyReport(ObjectNode context) {
        root = context;
        latency = root.putObject("latency");
        idle = root.putObject("idleApiCalls");
    }

    void latency(String key, String title, String mode, Latencies latencies, Target target, ObjectNode how) {
        var summary = latencies.summary();
        var medianMet = target.medianMet(summary);
        var p99Met = target.p99Met(summary);
        var node = latency.putObject(key).put("title", title).put("mode", mode);
        figures(node, summary);
        var byKind = node.putObject("byKind");
        latencies.byKind().forEach((kind, stats) -> figures(byKind.putObject(kind.name().toLowerCase(java.util.Locale.ROOT)), stats));
        node.putObject("target").put("medianMillis", target.median().toMillis()).put("p99Millis", target.p99().toMillis())
                .put("medianMet", medianMet).put("p99Met", p99Met).put("met", medianMet && p99Met);
        node.set("how", how);
        var each = node.putArray("millisInArrivalOrder");
        latencies.inOrder().forEach(millis -> {
            if (Double.isFinite(millis)) {
                each.add(Math.round(millis));
            } else {
                each.addNull();
            }
        });
        row(String.format("%-34s %-13s %5d %8s %8s %8s %8s   p50 <= %5d, p99 <= %5d   %s", title, mode,
                summary.count(), millis(summary.median()), millis(summary.p90()), millis(summary.p99()),
                millis(summary.max()), target.median().toMillis(), target.p99().toMillis(),
                verdict(medianMet, "p50") + ", " + verdict(p99Met, "p99")
                        + (summary.lost() > 0 ? ", " + summary.lost() + " never arrived" : "")));
    }

    /** An idle window's calls; {@code maxPerHour} is the target, or negative when the issue sets none. */
    void idle(String key, IdleCalls calls, int reps, double maxPerHour) {
        var node = idle.putObject(key).put("mode", calls.mode()).put("windowMinutes", calls.window().toMinutes())
                .put("repsSyncing", reps).put("calls", calls.calls())
                .put("perHour", Math.round(calls.perHour() * 10) / 10.0);
        var routes = node.putObject("byRoute");
        calls.byRoute().forEach(routes::put);
        var verdict = "no target";
        if (maxPerHour >= 0) {
            var met = calls.perHour() <= maxPerHour;
            node.putObject("target").put("maxPerHour", maxPerHour).put("met", met);
            verdict = (met ? "met" : "NOT MET") + " (<= " + (long) maxPerHour + "/h)";
        }
        row(String.format("%-34s %-13s %5d calls in %2d min = %7.1f per hour   %s", "API calls while idle",
                calls.mode(), calls.calls(), calls.window().toMinutes(), calls.perHour(), verdict));
    }

    /** A row of the table: printed now, as the scenario ends, and again with the others at the end. */
    private void row(String row) {
        System.out.println("  " + row);
        rows.add(row);
    }

    ObjectNode root() {
        return root;
    }

    void print() {
        System.out.println();
        System.out.println(String.format("%-34s %-13s %5s %8s %8s %8s %8s   %-26s %s", "scenario (ms)", "mode", "count",
                "median", "p90", "p99", "max", "target", "met"));
        rows.forEach(System.out::println);
    }

    void write(Path out) {
        try {
            Files.createDirectories(out.getParent());
            Files.writeString(out, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root)
                    + System.lineSeparator());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out, e);
        }
        System.out.println("Written to " + out);
    }

    private static void figures(ObjectNode node, Latencies.Summary summary) {
        node.put("count", summary.count());
        number(node, "medianMillis", summary.median());
        number(node, "p90Millis", summary.p90());
        number(node, "p99Millis", summary.p99());
        number(node, "maxMillis", summary.max());
        node.put("neverArrived", summary.lost());
    }

    /** Whole milliseconds; a change that never arrived makes the figure null (endless). */
    private static void number(ObjectNode node, String field, double millis) {
        if (Double.isFinite(millis)) {
            node.put(field, Math.round(millis));
        } else {
            node.putNull(field);
        }
    }

    private static String millis(double value) {
        return Double.isFinite(value) ? Long.toString(Math.round(value)) : "never";
    }

    private static String verdict(boolean met, String what) {
        return what + (met ? " met" : " NOT MET");
    }
}
