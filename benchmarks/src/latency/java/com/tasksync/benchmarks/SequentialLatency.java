package com.tasksync.benchmarks;

import com.tasksync.torture.process.Deadline;
import java.time.Duration;

/**
 * One change at a time, creates and subject updates taking turns: each is made on one side and the
 * other side is read every {@value #PACE_MILLIS} ms until it shows it; the next change follows at once.
 */
final class SequentialLatency {

    static final long PACE_MILLIS = 25;

    private SequentialLatency() {
    }

    static Latencies measure(Side from, Side to, int changes, DueDates dates, Duration timeout, String label) {
        var latencies = new Latencies();
        var pending = new PendingChanges(to, timeout, latencies);
        for (int i = 0; i < changes; i++) {
            var subject = label + " " + i;
            pending.add(i % 2 == 0 ? from.create(dates.next(), subject) : from.rename(subject));
            while (!pending.isEmpty()) {
                var started = System.nanoTime();
                pending.lookOnce();
                if (!pending.isEmpty()) {
                    Deadline.pause(Duration.ofMillis(Math.max(0, PACE_MILLIS - (System.nanoTime() - started) / 1_000_000)));
                }
            }
        }
        return latencies;
    }
}
