package com.tasksync.benchmarks;

import com.tasksync.torture.process.Deadline;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Changes at random gaps, so that idle pauses let the poll back off: each rep on a thread of its own
 * makes its share of the changes (creates and subject updates taking turns) with gaps drawn uniformly
 * from zero to {@code maxGap} by a seeded {@link Random}, and reads the other side every
 * {@value SequentialLatency#PACE_MILLIS} ms while any of its changes has not arrived. The reps'
 * changes interleave; each change's latency is its own.
 */
final class InterleavedLatency {

    private InterleavedLatency() {
    }

    /** One rep's two sides: where changes are made, and where they must arrive. */
    record Lane(Side from, Side to) {
    }

    static Latencies measure(List<Lane> lanes, int changes, long seed, Duration maxGap, Duration timeout,
            DueDates dates, String label) {
        var latencies = new Latencies();
        var seeds = new Random(seed);
        var pool = Executors.newFixedThreadPool(lanes.size());
        try {
            var runs = new ArrayList<Future<?>>();
            for (int lane = 0; lane < lanes.size(); lane++) {
                var share = changes / lanes.size() + (lane < changes % lanes.size() ? 1 : 0);
                var random = new Random(seeds.nextLong());
                var pending = new PendingChanges(lanes.get(lane).to(), timeout, latencies);
                var from = lanes.get(lane).from();
                var name = label + " rep " + (lane + 1);
                runs.add(pool.submit(() -> run(from, pending, share, random, maxGap, dates, name)));
            }
            for (var run : runs) {
                run.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a rep's changes failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return latencies;
    }

    private static void run(Side from, PendingChanges pending, int share, Random random, Duration maxGap,
            DueDates dates, String label) {
        var made = 0;
        var nextAt = Instant.now().plus(gap(random, maxGap));
        while (made < share || !pending.isEmpty()) {
            if (made < share && !Instant.now().isBefore(nextAt)) {
                var subject = label + " " + made;
                pending.add(made % 2 == 0 ? from.create(dates.next(), subject) : from.rename(subject));
                made++;
                nextAt = Instant.now().plus(gap(random, maxGap));
            }
            var started = Instant.now();
            pending.lookOnce();
            var tick = started.plusMillis(SequentialLatency.PACE_MILLIS);
            var wakeAt = pending.isEmpty() || made < share && nextAt.isBefore(tick) ? nextAt : tick;
            if (made >= share && pending.isEmpty()) {
                return;
            }
            var wait = Duration.between(Instant.now(), wakeAt);
            if (!wait.isNegative()) {
                Deadline.pause(wait);
            }
        }
    }

    private static Duration gap(Random random, Duration maxGap) {
        return Duration.ofMillis((long) (random.nextDouble() * maxGap.toMillis()));
    }
}
