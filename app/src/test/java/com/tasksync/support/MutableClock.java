package com.tasksync.support;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock tests can stop at an instant and release again; it follows real time until stopped. */
public class MutableClock extends Clock {

    private volatile Instant fixed;

    public void stopAt(Instant instant) {
        fixed = instant;
    }

    public void release() {
        fixed = null;
    }

    @Override
    public Instant instant() {
        var stopped = fixed;
        return stopped != null ? stopped : Instant.now();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        var outer = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return outer.withZone(other);
            }

            @Override
            public Instant instant() {
                return outer.instant();
            }
        };
    }
}
