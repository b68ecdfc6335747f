package com.tasksync.salesforce.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(5, Duration.ofMillis(100), Duration.ofMillis(1000));

    @Test
    void waitsAtMostTheDoublingCapWithFullJitter() {
        RandomGenerator random = new SplittableRandom(7);
        for (int attempt = 1; attempt <= 6; attempt++) {
            long cap = Math.min(1000, 100L << (attempt - 1));
            for (int i = 0; i < 200; i++) {
                assertThat(policy.backoff(attempt, random).toMillis()).isBetween(0L, cap);
            }
        }
    }

    @Test
    void reachesTheCapWithTheHighestRandomDraw() {
        RandomGenerator highest = new RandomGenerator() {
            @Override
            public long nextLong() {
                return Long.MAX_VALUE;
            }

            @Override
            public long nextLong(long bound) {
                return bound - 1;
            }
        };

        assertThat(policy.backoff(1, highest)).isEqualTo(Duration.ofMillis(100));
        assertThat(policy.backoff(3, highest)).isEqualTo(Duration.ofMillis(400));
        assertThat(policy.backoff(30, highest)).isEqualTo(Duration.ofMillis(1000));
    }

    @Test
    void refusesAPolicyWithoutAttempts() {
        assertThatThrownBy(() -> new RetryPolicy(0, Duration.ZERO, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void readsRetryAfterInSecondsOrAsAnHttpDate() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-22T03:00:00Z"), ZoneOffset.UTC);

        assertThat(RetryAfter.parse("3", clock)).isEqualTo(Duration.ofSeconds(3));
        assertThat(RetryAfter.parse("Sun, 22 Nov 2026 03:00:05 GMT", clock)).isEqualTo(Duration.ofSeconds(5));
        assertThat(RetryAfter.parse("Sun, 22 Nov 2026 02:59:00 GMT", clock)).isEqualTo(Duration.ZERO);
        assertThat(RetryAfter.parse("soon", clock)).isNull();
    }
}
