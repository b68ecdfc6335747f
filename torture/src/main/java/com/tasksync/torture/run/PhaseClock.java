package com.tasksync.torture.run;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Times a run's phases, each from the end of the one before. */
final class PhaseClock {

    private final Instant start = Instant.now();
    private final Map<String, Long> durations = new LinkedHashMap<>();
    private Instant last = start;

    void phase(String name) {
        var now = Instant.now();
        durations.put(name, Duration.between(last, now).toMillis());
        last = now;
    }

    Duration sinceStart() {
        return Duration.between(start, Instant.now());
    }

    Map<String, Long> durations() {
        var all = new LinkedHashMap<>(durations);
        all.put("total", sinceStart().toMillis());
        return all;
    }
}
