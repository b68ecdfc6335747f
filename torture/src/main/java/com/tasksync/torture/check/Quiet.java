package com.tasksync.torture.check;

import com.tasksync.torture.process.Deadline;
import java.time.Duration;
import java.time.Instant;

/**
 * Waits for quiet after a run: no task pending, sync past its import, no problem whose announced next
 * try is still to come, and neither side changing for a window of several poll intervals. Quiet never
 * reached within the deadline is itself a finding ("stuck"); the last snapshot is kept either way.
 */
public final class Quiet {

    private static final Duration PACE = Duration.ofMillis(1500);

    private Quiet() {
    }

    /** The last snapshot, and whether it was quiet. */
    public record Outcome(Snapshot last, boolean reached, Duration waited) {
    }

    public static Outcome await(java.util.function.Supplier<Snapshot> snapshots, Duration window, Duration deadline) {
        var start = Instant.now();
        var end = Deadline.in(deadline);
        Snapshot last = null;
        var stableSince = Instant.now();
        while (true) {
            var snapshot = snapshots.get();
            var settled = settled(snapshot, Instant.now());
            if (last == null || !settled || !snapshot.fingerprint().equals(last.fingerprint())) {
                stableSince = Instant.now();
            }
            last = snapshot;
            if (settled && Duration.between(stableSince, Instant.now()).compareTo(window) >= 0) {
                return new Outcome(snapshot, true, Duration.between(start, Instant.now()));
            }
            if (end.passed()) {
                return new Outcome(snapshot, false, Duration.between(start, Instant.now()));
            }
            Deadline.pause(PACE);
        }
    }

    /**
     * Whether TaskSync has nothing left to do that it knows of: no task pending, past its import, and not
     * holding back until a time it announced (a node that saw the org's API allocation used up looks
     * again after a minute, say, though the allocation came back sooner: judging before then judges a
     * wait TaskSync shows the rep, not a lost change).
     */
    static boolean settled(Snapshot snapshot, Instant now) {
        var nextTry = snapshot.nextTryAt();
        return snapshot.pending().isEmpty() && !"importing".equals(snapshot.syncState())
                && (nextTry == null || !nextTry.isAfter(now));
    }
}
