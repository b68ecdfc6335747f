package com.tasksync.torture.run;

import com.tasksync.torture.check.Violation;
import com.tasksync.torture.process.Cleanup;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Starts the shared processes once and runs one run after another on them, each with a seed of
 * its own: the first run's is the base seed, later ones derive theirs from it, so any run can be
 * replayed alone with {@code --seed}.
 */
public final class Harness {

    private Harness() {
    }

    public static List<RunResult> run(ClusterSettings clusterSettings, RunSettings settings, int runs, long baseSeed,
            Consumer<RunResult> onEach) {
        var results = new ArrayList<RunResult>();
        try (var cluster = Cluster.start(clusterSettings)) {
            var torture = new TortureRun(cluster, settings);
            for (int i = 0; i < runs && !Cleanup.shuttingDown(); i++) {
                var seed = seedOf(baseSeed, i);
                RunResult result;
                try {
                    result = torture.run(i + 1, seed);
                } catch (RuntimeException e) {
                    result = aborted(i + 1, seed, settings.scenarioOf(i + 1), e);
                }
                if (Cleanup.shuttingDown()) {
                    // Stopped by a signal: the run's processes went down under it, so its outcome says nothing.
                    System.err.println("torture: stopped during run " + (i + 1) + "; that run is not counted");
                    break;
                }
                results.add(result);
                onEach.accept(result);
            }
        }
        return results;
    }

    public static long seedOf(long baseSeed, int run) {
        return run == 0 ? baseSeed : new SplittableRandom(baseSeed + run * 0x9E3779B97F4A7C15L).nextLong();
    }

    private static RunResult aborted(int number, long seed, String scenario, RuntimeException e) {
        var violation = new Violation("harness-error", "the run was aborted: " + e);
        return new RunResult(number, seed, scenario, 0, Map.of(), Map.of(), 0, List.of(violation), List.of(),
                List.of(), 0, 0, Map.of());
    }
}
