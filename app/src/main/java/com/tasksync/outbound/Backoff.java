package com.tasksync.outbound;

import java.time.Duration;
import java.util.random.RandomGenerator;

/** Retry delays of the outbox: doubling from the first delay up to the longest, each with full jitter above half. */
record Backoff(Duration first, Duration longest) {

    Duration after(int attempts, RandomGenerator random) {
        var cap = first.toMillis();
        for (int i = 1; i < attempts && cap < longest.toMillis(); i++) {
            cap *= 2;
        }
        cap = Math.min(cap, longest.toMillis());
        return Duration.ofMillis(cap / 2 + random.nextLong(cap / 2 + 1));
    }
}
