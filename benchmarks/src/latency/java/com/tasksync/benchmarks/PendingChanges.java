package com.tasksync.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One rep's changes made on one side and not yet seen on the other, looked for with one read of the
 * other side covering all their due dates. A change is seen when that read's answer came.
 */
final class PendingChanges {

    private final Side other;
    private final Duration timeout;
    private final Latencies latencies;
    private final List<Change> pending = new ArrayList<>();

    PendingChanges(Side other, Duration timeout, Latencies latencies) {
        this.other = other;
        this.timeout = timeout;
        this.latencies = latencies;
    }

    void add(Change change) {
        pending.add(change);
    }

    boolean isEmpty() {
        return pending.isEmpty();
    }

    /** One read of the other side: each change it shows arrived now; one older than the timeout is lost. */
    void lookOnce() {
        if (pending.isEmpty()) {
            return;
        }
        var from = pending.stream().map(Change::dueDate).min(Comparator.naturalOrder()).orElseThrow();
        var to = pending.stream().map(Change::dueDate).max(Comparator.naturalOrder()).orElseThrow();
        List<Change.Shown> shown = other.shown(from, to);
        var seenAt = Instant.now();
        for (var change : List.copyOf(pending)) {
            if (change.seenIn(shown)) {
                latencies.arrived(change, seenAt);
                pending.remove(change);
            } else if (seenAt.isAfter(change.answeredAt().plus(timeout))) {
                System.out.println("  not seen within " + timeout.toSeconds() + " s: " + change);
                latencies.lost(change);
                pending.remove(change);
            }
        }
    }
}
