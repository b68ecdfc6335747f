package com.tasksync.benchmarks;

import com.tasksync.torture.process.Deadline;
import com.tasksync.torture.salesforce.EmulatorAdmin;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/**
 * The org's API calls while nothing changes: the emulator's count of calls made with the org's
 * tokens (REST and its OAuth-authenticated routes; the Pub/Sub stream is not an API call) over a
 * window after a settling pause, and the hourly rate it implies. The harness makes no call with the
 * org's tokens meanwhile.
 */
record IdleCalls(String mode, Duration window, long calls, Map<String, Long> byRoute) {

    static IdleCalls count(EmulatorAdmin emulator, String orgId, String mode, Duration settle, Duration window) {
        Deadline.pause(settle);
        var before = emulator.callsByRoute(orgId);
        Deadline.pause(window);
        var after = emulator.callsByRoute(orgId);
        var byRoute = new TreeMap<String, Long>();
        after.forEach((route, count) -> {
            var delta = count - before.getOrDefault(route, 0L);
            if (delta > 0) {
                byRoute.put(route, delta);
            }
        });
        var calls = byRoute.values().stream().mapToLong(Long::longValue).sum();
        return new IdleCalls(mode, window, calls, byRoute);
    }

    double perHour() {
        return calls * 3_600_000.0 / window.toMillis();
    }
}
