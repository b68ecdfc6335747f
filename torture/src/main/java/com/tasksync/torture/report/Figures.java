package com.tasksync.torture.report;

import com.tasksync.torture.check.Violation;
import com.tasksync.torture.http.Json;
import com.tasksync.torture.run.RunResult;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import tools.jackson.databind.node.ObjectNode;

/** The figures of all runs of one invocation, as JSON: totals, kinds, API calls, durations, failing seeds. */
public final class Figures {

    private final List<RunResult> results;
    private final ObjectNode settings;

    public Figures(List<RunResult> results, ObjectNode settings) {
        this.results = List.copyOf(results);
        this.settings = settings;
    }

    public long violations() {
        return results.stream().mapToLong(result -> result.violations().size()).sum();
    }

    public List<Long> failingSeeds() {
        return results.stream().filter(RunResult::failed).map(RunResult::seed).toList();
    }

    /** Each run's scenario, in the order the runs ran. */
    public List<String> scenarios() {
        return results.stream().map(RunResult::scenario).toList();
    }

    public long kills() {
        return results.stream().mapToLong(RunResult::kills).sum();
    }

    public Map<String, Long> violationsByKind() {
        return countKinds(results.stream().flatMap(result -> result.violations().stream()).toList());
    }

    public ObjectNode json() {
        var root = Json.object().put("generatedAt", java.time.Instant.now().toString());
        root.set("settings", settings);
        root.put("runs", results.size()).put("failingRuns", failingSeeds().size());
        root.put("operations", results.stream().mapToLong(RunResult::operations).sum());
        root.set("operationOutcomes", map(sum(RunResult::outcomes)));
        root.put("kills", kills());
        root.set("faultsByKind", map(sum(RunResult::faults)));
        root.put("violations", violations());
        root.set("violationsByKind", map(violationsByKind()));
        root.set("knownLimitsByKind", map(countKinds(results.stream().flatMap(r -> r.knownLimits().stream()).toList())));
        var calls = root.putObject("apiCalls");
        calls.put("total", results.stream().mapToLong(RunResult::engineCalls).sum());
        calls.put("perOperationMean", results.stream().mapToDouble(RunResult::callsPerOperation).average().orElse(0));
        calls.put("perOperationMax", results.stream().mapToDouble(RunResult::callsPerOperation).max().orElse(0));
        calls.put("quietPeriodMax", results.stream().mapToLong(RunResult::quietCalls).max().orElse(0));
        root.set("durationSeconds", durations());
        var seeds = root.putArray("failingSeeds");
        failingSeeds().forEach(seeds::add);
        var examples = root.putObject("examples");
        results.stream().flatMap(r -> r.violations().stream().map(v -> Map.entry(v, r.seed())))
                .forEach(e -> {
                    if (!examples.has(e.getKey().kind())) {
                        examples.putObject(e.getKey().kind()).put("seed", e.getValue())
                                .put("message", cut(e.getKey().message()));
                    }
                });
        return root;
    }

    private ObjectNode durations() {
        var node = Json.object();
        for (var phase : List.of("setup", "operations", "settle", "checks", "total")) {
            var values = results.stream().mapToLong(r -> r.durations().getOrDefault(phase, 0L)).summaryStatistics();
            node.putObject(phase).put("mean", values.getAverage() / 1000).put("max", values.getMax() / 1000.0)
                    .put("sum", values.getSum() / 1000.0);
        }
        return node;
    }

    private Map<String, Long> sum(Function<RunResult, Map<String, Long>> counts) {
        var total = new TreeMap<String, Long>();
        results.forEach(result -> counts.apply(result).forEach((key, value) -> total.merge(key, value, Long::sum)));
        return total;
    }

    private static Map<String, Long> countKinds(List<Violation> violations) {
        return violations.stream().collect(Collectors.groupingBy(Violation::kind, TreeMap::new, Collectors.counting()));
    }

    private static ObjectNode map(Map<String, Long> counts) {
        var node = Json.object();
        counts.forEach(node::put);
        return node;
    }

    private static String cut(String text) {
        return text.length() > 1500 ? text.substring(0, 1500) + "…" : text;
    }
}
