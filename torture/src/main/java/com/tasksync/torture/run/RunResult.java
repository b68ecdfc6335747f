package com.tasksync.torture.run;

import com.tasksync.torture.check.Violation;
import java.util.List;
import java.util.Map;

/**
 * What one run did and found.
 *
 * @param engineCalls the org's API calls made by TaskSync during the run (the harness's own left out)
 * @param quietCalls TaskSync's calls during the quiet period after the run settled
 * @param durations milliseconds per phase: setup, operations, settle, checks, total
 */
public record RunResult(int run, long seed, String scenario, long operations, Map<String, Long> outcomes,
        Map<String, Long> faults, long kills, List<Violation> violations, List<Violation> knownLimits,
        List<String> notes, long engineCalls, long quietCalls, Map<String, Long> durations) {

    public boolean failed() {
        return !violations.isEmpty();
    }

    public double callsPerOperation() {
        return operations == 0 ? 0 : (double) engineCalls / operations;
    }
}
