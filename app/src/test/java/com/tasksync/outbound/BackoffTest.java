package com.tasksync.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(5), Duration.ofMinutes(15));

    @Test
    void doublesEachAttemptWithJitterInTheUpperHalf() {
        var random = new Random(7);
        for (int attempt = 1; attempt <= 6; attempt++) {
            var cap = Duration.ofSeconds(5).multipliedBy(1L << (attempt - 1));
            var delay = backoff.after(attempt, random);
            assertThat(delay).isBetween(cap.dividedBy(2), cap);
        }
    }

    @Test
    void neverWaitsLongerThanTheLongestDelay() {
        assertThat(backoff.after(30, new Random(1))).isLessThanOrEqualTo(Duration.ofMinutes(15));
    }
}
