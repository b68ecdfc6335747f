package com.tasksync.benchmarks;

import java.time.Duration;

/** The latency target for a scenario: its median and 99th percentile at most these. */
record Target(Duration median, Duration p99) {

    static Target of(long medianMillis, long p99Millis) {
        return new Target(Duration.ofMillis(medianMillis), Duration.ofMillis(p99Millis));
    }

    boolean medianMet(Latencies.Summary summary) {
        return summary.count() > 0 && summary.median() <= median.toMillis();
    }

    boolean p99Met(Latencies.Summary summary) {
        return summary.count() > 0 && summary.p99() <= p99.toMillis();
    }
}
