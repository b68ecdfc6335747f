package com.tasksync.torture.run;

import com.tasksync.torture.check.Findings;
import com.tasksync.torture.plan.Plan;
import com.tasksync.torture.process.Deadline;
import java.util.Map;
import java.util.TreeMap;

/**
 * API calls within bounds. Over a quiet period after the run settled, TaskSync may only poll
 * (about one call per longest poll interval per node, and a little slack); more is a hot loop.
 * Over the whole run, calls may not exceed the polls the run's length allows plus a few per
 * operation and per fault.
 */
final class CallBudget {

    private final Cluster cluster;
    private final RunSettings settings;
    private final RepAccess rep;

    CallBudget(Cluster cluster, RunSettings settings, RepAccess rep) {
        this.cluster = cluster;
        this.settings = settings;
        this.rep = rep;
    }

    long quietCalls(Findings findings, long engineCalls, Plan plan, PhaseClock clock) {
        var admin = cluster.emulatorAdmin();
        var timings = settings.timings();
        var nodes = cluster.nodes().size();
        var before = admin.callsByRoute(rep.orgId());
        var ownBefore = rep.salesforce().callsMade();
        Deadline.pause(settings.hotLoopWindow());
        var after = admin.callsByRoute(rep.orgId());
        var quiet = total(after) - total(before) - (rep.salesforce().callsMade() - ownBefore);
        var bound = nodes * (settings.hotLoopWindow().toMillis() / timings.maxPollInterval().toMillis() + 1) + 2;
        if (quiet > bound) {
            findings.violation("hot-loop", quiet + " API calls in " + settings.hotLoopWindow().toSeconds()
                    + " s after the run settled (bound " + bound + "): " + difference(before, after));
        }
        var runBound = clock.sinceStart().toMillis() / timings.pollInterval().toMillis() + 3 * plan.operations()
                + 10L * plan.steps().stream().filter(com.tasksync.torture.plan.FaultStep.class::isInstance).count() + 20;
        if (engineCalls > runBound) {
            findings.violation("api-calls", engineCalls + " API calls for " + plan.operations() + " operations (bound "
                    + runBound + "): " + after);
        }
        return quiet;
    }

    private static long total(Map<String, Long> calls) {
        return calls.values().stream().mapToLong(Long::longValue).sum();
    }

    private static Map<String, Long> difference(Map<String, Long> before, Map<String, Long> after) {
        var delta = new TreeMap<String, Long>();
        after.forEach((route, count) -> {
            var grown = count - before.getOrDefault(route, 0L);
            if (grown > 0) {
                delta.put(route, grown);
            }
        });
        return delta;
    }
}
