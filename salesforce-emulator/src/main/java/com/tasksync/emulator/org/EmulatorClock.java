package com.tasksync.emulator.org;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The emulator's time: the system clock plus an offset that the admin API moves forward or
 * sets. Millisecond precision, as Salesforce's datetimes have.
 */
public final class EmulatorClock {

    private final Clock base;
    private volatile Duration offset = Duration.ZERO;

    public EmulatorClock(Clock base) {
        this.base = base;
    }

    public static EmulatorClock system() {
        return new EmulatorClock(Clock.systemUTC());
    }

    public Instant now() {
        return base.instant().plus(offset).truncatedTo(ChronoUnit.MILLIS);
    }

    public synchronized void advance(Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("the clock only moves forward: " + by);
        }
        offset = offset.plus(by);
    }

    public synchronized void set(Instant to) {
        offset = Duration.between(base.instant(), to);
    }

    public synchronized void reset() {
        offset = Duration.ZERO;
    }
}
