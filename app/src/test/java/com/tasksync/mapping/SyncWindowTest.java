package com.tasksync.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SyncWindowTest {

    private static final Instant ENABLE = Instant.parse("2026-11-22T12:00:00Z");
    private static final Duration DAY = Duration.ofHours(24);
    private static final Duration REPLICATION = Duration.ofDays(30);

    @Test
    void takesInTheTwentyFourHoursBeforeTheFirstEnable() {
        var window = SyncWindow.firstEnable(ENABLE, DAY);

        assertThat(window.acceptFrom()).isEqualTo(Instant.parse("2026-11-21T12:00:00Z"));
        assertThat(window.reEnable()).isFalse();
    }

    @Test
    void catchesUpFromTheLastSyncPointOnAReEnable() {
        var lastSync = ENABLE.minus(Duration.ofDays(10));

        var window = SyncWindow.reEnable(ENABLE, lastSync, REPLICATION, DAY);

        assertThat(window.acceptFrom()).isEqualTo(lastSync);
        assertThat(window.reEnable()).isTrue();
    }

    @Test
    void fallsBackToTheTwentyFourHourRuleBeyondTheReplicationWindow() {
        var window = SyncWindow.reEnable(ENABLE, ENABLE.minus(Duration.ofDays(31)), REPLICATION, DAY);

        assertThat(window.acceptFrom()).isEqualTo(ENABLE.minus(DAY));
    }

    @Test
    void countsTheEnableFromTheClickOnTheServersClock() {
        var localClick = Instant.parse("2026-11-22T09:00:00Z");
        var localNow = localClick.plusSeconds(3);
        var serverNow = Instant.parse("2026-11-25T18:30:07Z");

        assertThat(SyncWindow.enableTime(serverNow, localNow, localClick)).isEqualTo(serverNow.minusSeconds(3));
        assertThat(SyncWindow.enableTime(serverNow, localNow, null)).isEqualTo(serverNow);
    }
}
