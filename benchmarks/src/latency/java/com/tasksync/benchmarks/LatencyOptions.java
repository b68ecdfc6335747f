package com.tasksync.benchmarks;

import com.tasksync.torture.HarnessPaths;
import com.tasksync.torture.http.Json;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import tools.jackson.databind.node.ObjectNode;

/**
 * The benchmark's options: changes per latency scenario, the idle windows, how many reps share the
 * polling scenarios, the seed of their gaps, and where the production jar, the results and the
 * processes' logs are.
 */
record LatencyOptions(int changes, int idleMinutes, int idlePollMinutes, int reps, long seed, Path out, Path appJar,
        Path logs) {

    static final String USAGE = "[--changes 200] [--idle-minutes 10] [--idle-poll-minutes 3] [--reps 4]"
            + " [--seed 20261201] [--out benchmarks/results/latency.json] [--app-jar app/target/…-exec.jar]"
            + " [--logs benchmarks/target/latency-logs/<time>]";

    LatencyOptions {
        if (changes < 2 || idleMinutes < 1 || idlePollMinutes < 1 || reps < 1) {
            throw new IllegalArgumentException("--changes must be at least 2; --idle-minutes, --idle-poll-minutes"
                    + " and --reps at least 1");
        }
    }

    static LatencyOptions parse(String[] args) {
        if (args.length % 2 != 0) {
            throw new IllegalArgumentException("options come in pairs: " + USAGE);
        }
        var out = Path.of(value(args, "--out", "benchmarks/results/latency.json")).toAbsolutePath();
        var stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        // beside the results directory: benchmarks/target/latency-logs/<time>
        var logs = out.getParent().getParent().resolve("target/latency-logs/" + stamp);
        return new LatencyOptions(
                Integer.parseInt(value(args, "--changes", "200")),
                Integer.parseInt(value(args, "--idle-minutes", "10")),
                Integer.parseInt(value(args, "--idle-poll-minutes", "3")),
                Integer.parseInt(value(args, "--reps", "4")),
                Long.parseLong(value(args, "--seed", "20261201")),
                out,
                Path.of(value(args, "--app-jar", HarnessPaths.defaults().appJar().toString())).toAbsolutePath(),
                Path.of(value(args, "--logs", logs.toString())).toAbsolutePath());
    }

    ObjectNode json() {
        return Json.object().put("changes", changes).put("idleMinutes", idleMinutes)
                .put("idlePollMinutes", idlePollMinutes).put("reps", reps).put("seed", seed)
                .put("appJar", appJar.getFileName().toString());
    }

    private static String value(String[] args, String name, String fallback) {
        for (int i = 0; i < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("unknown argument " + args[i] + "; " + USAGE);
            }
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
