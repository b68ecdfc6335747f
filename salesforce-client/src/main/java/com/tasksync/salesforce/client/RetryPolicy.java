package com.tasksync.salesforce.client;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Bounded retries with exponential backoff and full jitter: before attempt n+1 the client waits
 * a random time between zero and {@code min(maxDelay, baseDelay * 2^(n-1))}. A server's
 * Retry-After is used instead when it is no longer than {@code maxDelay}; a longer one ends
 * the call, and the wait is left to the caller.
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay) {

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
        if (baseDelay.isNegative() || maxDelay.compareTo(baseDelay) < 0) {
            throw new IllegalArgumentException("need 0 <= baseDelay <= maxDelay");
        }
    }

    public static RetryPolicy defaults() {
        return new RetryPolicy(4, Duration.ofMillis(250), Duration.ofSeconds(10));
    }

    public static RetryPolicy none() {
        return new RetryPolicy(1, Duration.ZERO, Duration.ZERO);
    }

    /**
     * The wait before the attempt that follows {@code failedAttempts} failures: a random time between
     * zero and the doubling cap. The one backoff TaskSync uses, in the client and in its outbox alike.
     */
    public Duration backoff(int failedAttempts, RandomGenerator random) {
        long cap = baseDelay.toMillis();
        for (int i = 1; i < failedAttempts && cap < maxDelay.toMillis(); i++) {
            cap *= 2;
        }
        cap = Math.min(cap, maxDelay.toMillis());
        return Duration.ofMillis(cap == 0 ? 0 : random.nextLong(cap + 1));
    }
}
