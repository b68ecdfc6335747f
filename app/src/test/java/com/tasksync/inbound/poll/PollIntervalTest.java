package com.tasksync.inbound.poll;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PollIntervalTest {

    private final PollInterval intervals = new PollInterval(Duration.ofSeconds(10), Duration.ofMinutes(2));

    @Test
    void doublesWhileIdleUpToTheLongest() {
        assertThat(intervals.next(Duration.ofSeconds(10), false, 0)).isEqualTo(Duration.ofSeconds(20));
        assertThat(intervals.next(Duration.ofSeconds(80), false, 0)).isEqualTo(Duration.ofMinutes(2));
        assertThat(intervals.next(Duration.ofMinutes(2), false, 0)).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void returnsToTheBaseIntervalWhenChangesCameIn() {
        assertThat(intervals.next(Duration.ofMinutes(2), true, 0)).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void staysAtTheLongestWhileTheBudgetRunsLow() {
        assertThat(intervals.next(Duration.ofSeconds(10), true, PollInterval.LOW_BUDGET))
                .isEqualTo(Duration.ofMinutes(2));
    }
}
