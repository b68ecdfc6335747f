package com.tasksync.system;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per email and client address in a sliding window and blocks further
 * attempts once the limit is reached, so passwords cannot be guessed at speed. Kept in memory:
 * each node throttles on its own, which still caps guessing per node.
 */
@Component
public class SignInThrottle {

    private final ConcurrentMap<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final SecurityProperties properties;
    private final Clock clock;

    SignInThrottle(SecurityProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    public boolean isBlocked(String email, String address) {
        var recent = failures.get(key(email, address));
        if (recent == null) {
            return false;
        }
        synchronized (recent) {
            dropExpired(recent);
            return recent.size() >= properties.signInMaxFailures();
        }
    }

    public void recordFailure(String email, String address) {
        var recent = failures.computeIfAbsent(key(email, address), k -> new ArrayDeque<>());
        synchronized (recent) {
            dropExpired(recent);
            recent.addLast(clock.instant());
        }
    }

    public void recordSuccess(String email, String address) {
        failures.remove(key(email, address));
    }

    private void dropExpired(Deque<Instant> recent) {
        var cutoff = clock.instant().minus(properties.signInWindow());
        while (!recent.isEmpty() && recent.peekFirst().isBefore(cutoff)) {
            recent.removeFirst();
        }
    }

    private static String key(String email, String address) {
        return (email == null ? "" : email.strip().toLowerCase(Locale.ROOT)) + "|" + address;
    }
}
