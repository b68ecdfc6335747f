package com.tasksync.inbound.poll;

import java.time.Duration;

/**
 * The adaptive poll interval: back to the base interval when changes came in, doubling up to the
 * longest when a poll finds nothing, and the low-budget interval while the org's API budget runs low.
 */
record PollInterval(Duration base, Duration longest, Duration lowBudget) {

    static final double LOW_BUDGET = 0.8;

    Duration next(Duration current, boolean changes, double budgetPressure) {
        var next = changes ? base : min(current.multipliedBy(2), longest);
        return budgetPressure >= LOW_BUDGET ? lowBudget : max(next, base);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
