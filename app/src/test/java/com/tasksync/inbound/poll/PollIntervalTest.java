package com.tasksync.inbound.poll;

import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.inbound.InboundProperties;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class PollIntervalTest {

    private final PollInterval intervals =
            new PollInterval(Duration.ofSeconds(5), Duration.ofSeconds(15), Duration.ofMinutes(2));

    @Test
    void doublesWhileIdleUpToTheLongest() {
        assertThat(intervals.next(Duration.ofSeconds(5), false, 0)).isEqualTo(Duration.ofSeconds(10));
        assertThat(intervals.next(Duration.ofSeconds(10), false, 0)).isEqualTo(Duration.ofSeconds(15));
        assertThat(intervals.next(Duration.ofSeconds(15), false, 0)).isEqualTo(Duration.ofSeconds(15));
    }

    @Test
    void returnsToTheBaseIntervalWhenChangesCameIn() {
        assertThat(intervals.next(Duration.ofSeconds(15), true, 0)).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void pollsLessOftenOnlyWhileTheBudgetRunsLow() {
        assertThat(intervals.next(Duration.ofSeconds(5), true, PollInterval.LOW_BUDGET - 0.01))
                .isEqualTo(Duration.ofSeconds(5));
        assertThat(intervals.next(Duration.ofSeconds(5), true, PollInterval.LOW_BUDGET))
                .isEqualTo(Duration.ofMinutes(2));
        assertThat(intervals.next(Duration.ofSeconds(15), false, 1.0)).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void byDefaultPollsEveryFiveSecondsAndAtMostEveryTenWhileIdle() {
        var defaults = new Binder(new MapConfigurationPropertySource(Map.of()))
                .bindOrCreate("tasksync.sync", InboundProperties.class);
        assertThat(defaults.pollInterval()).isEqualTo(Duration.ofSeconds(5));
        assertThat(defaults.maxPollInterval()).isEqualTo(Duration.ofSeconds(10));
        assertThat(defaults.lowBudgetPollInterval()).isEqualTo(Duration.ofMinutes(2));
    }
}
