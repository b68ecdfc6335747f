package com.tasksync.support;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;

/** The app's meters as a test reads them: a counter not registered yet counts 0, a missing gauge fails. */
public record Meters(MeterRegistry registry) {

    public double counter(String name, String... tags) {
        var counter = registry.find(name).tags(tags).counter();
        return counter == null ? 0 : counter.count();
    }

    public double gauge(String name, String... tags) {
        var gauge = registry.find(name).tags(tags).gauge();
        if (gauge == null) {
            throw new AssertionError("no gauge " + name + " with tags " + String.join(",", tags));
        }
        return gauge.value();
    }

    public double seconds(String timeGauge, String... tags) {
        var gauge = registry.find(timeGauge).tags(tags).timeGauge();
        if (gauge == null) {
            throw new AssertionError("no time gauge " + timeGauge);
        }
        return gauge.value(TimeUnit.SECONDS);
    }

    /** The timer, or null when nothing was recorded in it yet. */
    public Timer timer(String name, String... tags) {
        return registry.find(name).tags(tags).timer();
    }
}
