package com.tasksync.emulator.org;

import java.time.Instant;

/**
 * An org's API request count over a rolling 24 hours, kept in 24 hourly buckets so that it
 * stays small however many calls are made.
 */
public final class RollingApiCount {

    private static final int HOURS = 24;
    private final long[] counts = new long[HOURS];
    private final long[] hourOf = new long[HOURS];

    /** Counts one request when the allocation allows it; false when the limit is reached. */
    public synchronized boolean tryAcquire(Instant now, int limit) {
        long hour = now.getEpochSecond() / 3600;
        if (used(hour) >= limit) {
            return false;
        }
        int slot = (int) (hour % HOURS);
        if (hourOf[slot] != hour) {
            hourOf[slot] = hour;
            counts[slot] = 0;
        }
        counts[slot]++;
        return true;
    }

    public synchronized long used(Instant now) {
        return used(now.getEpochSecond() / 3600);
    }

    /** Sets the count as if {@code value} requests had been made this hour (tests reach the limit this way). */
    public synchronized void set(Instant now, long value) {
        java.util.Arrays.fill(counts, 0);
        long hour = now.getEpochSecond() / 3600;
        int slot = (int) (hour % HOURS);
        hourOf[slot] = hour;
        counts[slot] = value;
    }

    private long used(long hour) {
        long total = 0;
        for (int i = 0; i < HOURS; i++) {
            if (hourOf[i] > hour - HOURS && hourOf[i] <= hour) {
                total += counts[i];
            }
        }
        return total;
    }
}
