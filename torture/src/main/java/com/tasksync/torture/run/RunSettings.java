package com.tasksync.torture.run;

import com.tasksync.torture.plan.MixSettings;
import com.tasksync.torture.plan.Scenarios;
import java.time.Duration;

/**
 * How each run goes.
 *
 * @param timings the engine timings the nodes run with
 * @param quietWindow how long neither side may change before a run counts as settled
 * @param settleDeadline how long the harness waits for quiet before it reports the run stuck
 * @param hotLoopWindow the quiet period over which the org's API calls are counted for a hot loop
 */
public record RunSettings(String scenario, MixSettings mix, int workers, EngineTimings timings,
        Duration quietWindow, Duration settleDeadline, Duration hotLoopWindow, String reading) {

    public static RunSettings of(String scenario, MixSettings mix, int workers, EngineTimings timings, String reading) {
        var window = timings.maxPollInterval().multipliedBy(3).plusSeconds(1);
        return new RunSettings(scenario, mix, workers, timings, window, Duration.ofSeconds(120), Duration.ofSeconds(9),
                reading);
    }

    /** The scenario of run {@code number} (from 1): the list's scenarios in turn. */
    public String scenarioOf(int number) {
        var all = Scenarios.list(scenario);
        return all.get((number - 1) % all.size());
    }

    /** How runs of {@code scenario} read Salesforce. */
    public String readingOf(String scenario) {
        return Scenarios.reading(scenario, reading);
    }
}
