package com.tasksync.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The latencies of one scenario's changes, all together and by kind. A change that never arrived
 * within the timeout counts as an endless latency, so it weighs on the percentiles as it should.
 * Several reps' threads add to it at once.
 */
final class Latencies {

    private final Stats all = new Stats();
    private final Map<Change.Kind, Stats> byKind = new EnumMap<>(Change.Kind.class);
    private int lost;

    synchronized void arrived(Change change, Instant seenAt) {
        add(change.kind(), Duration.between(change.answeredAt(), seenAt).toNanos() / 1e6);
    }

    synchronized void lost(Change change) {
        lost++;
        add(change.kind(), Double.POSITIVE_INFINITY);
    }

    synchronized Summary summary() {
        return Summary.of(all, lost);
    }

    /** Every latency in the order the changes arrived (or were given up on: endless). */
    synchronized List<Double> inOrder() {
        return all.values();
    }

    synchronized Map<Change.Kind, Summary> byKind() {
        var out = new EnumMap<Change.Kind, Summary>(Change.Kind.class);
        byKind.forEach((kind, stats) -> out.put(kind, Summary.of(stats, 0)));
        return out;
    }

    private void add(Change.Kind kind, double millis) {
        all.add(millis);
        byKind.computeIfAbsent(kind, k -> new Stats()).add(millis);
    }

    /** Count, median, p90, p99 and max in milliseconds; an endless one is a change that never arrived. */
    record Summary(int count, double median, double p90, double p99, double max, int lost) {

        static Summary of(Stats stats, int lost) {
            if (stats.count() == 0) {
                return new Summary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, lost);
            }
            return new Summary(stats.count(), stats.median(), stats.percentile(90), stats.percentile(99), stats.max(),
                    lost);
        }
    }
}
