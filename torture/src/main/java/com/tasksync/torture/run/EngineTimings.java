package com.tasksync.torture.run;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The sync engine's timings, shortened so a run settles in seconds; given to every node as
 * {@code TASKSYNC_SYNC_*} environment variables and written to the results file.
 */
public record EngineTimings(Duration pollInterval, Duration maxPollInterval, Duration retryDelay,
        Duration maxRetryDelay, Duration claimLease, Duration lowBudgetPollInterval) {

    public static EngineTimings quick() {
        return new EngineTimings(Duration.ofSeconds(1), Duration.ofSeconds(3), Duration.ofMillis(200),
                Duration.ofSeconds(3), Duration.ofSeconds(10), Duration.ofSeconds(10));
    }

    public Map<String, String> environment() {
        var env = new LinkedHashMap<String, String>();
        env.put("TASKSYNC_SYNC_POLL_INTERVAL", spring(pollInterval));
        env.put("TASKSYNC_SYNC_MAX_POLL_INTERVAL", spring(maxPollInterval));
        env.put("TASKSYNC_SYNC_RETRY_DELAY", spring(retryDelay));
        env.put("TASKSYNC_SYNC_MAX_RETRY_DELAY", spring(maxRetryDelay));
        env.put("TASKSYNC_SYNC_CLAIM_LEASE", spring(claimLease));
        env.put("TASKSYNC_SYNC_LOW_BUDGET_POLL_INTERVAL", spring(lowBudgetPollInterval));
        return env;
    }

    private static String spring(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + "s" : duration.toMillis() + "ms";
    }
}
