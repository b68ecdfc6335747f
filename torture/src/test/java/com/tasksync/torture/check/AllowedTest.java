package com.tasksync.torture.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.torture.model.Field;
import com.tasksync.torture.model.LifecycleEvent;
import com.tasksync.torture.model.Side;
import com.tasksync.torture.model.Write;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AllowedTest {

    private static final Instant T = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void aFieldWrittenOnOneSideMustEndWithThatSidesLastValue() {
        var allowed = Allowed.of(List.of(create(Side.TASKSYNC, "normal", 0), edit(Side.TASKSYNC, "high", 10, true),
                edit(Side.TASKSYNC, "low", 20, true)));
        assertThat(allowed.permits("low")).isTrue();
        assertThat(allowed.permits("high")).isFalse();
        assertThat(allowed.permits("normal")).isFalse();
    }

    @Test
    void aFieldWrittenOnBothSidesMayEndWithEitherSidesLastValueButNoOlderOne() {
        var allowed = Allowed.of(List.of(create(Side.SALESFORCE, "a", 0), edit(Side.SALESFORCE, "b", 10, true),
                edit(Side.TASKSYNC, "c", 20, true), edit(Side.SALESFORCE, "d", 30, true)));
        assertThat(allowed.permits("c")).isTrue();
        assertThat(allowed.permits("d")).isTrue();
        assertThat(allowed.permits("b")).isFalse();
        assertThat(allowed.permits("a")).isFalse();
    }

    @Test
    void aWriteWhoseAnswerWasLostMayHaveHappenedButPushesNothingOut() {
        var allowed = Allowed.of(List.of(create(Side.TASKSYNC, "a", 0), edit(Side.TASKSYNC, "b", 10, false)));
        assertThat(allowed.permits("a")).isTrue();
        assertThat(allowed.permits("b")).isTrue();
    }

    @Test
    void writesInFlightAtTheSameTimeMayEndInEitherOrder() {
        var first = new Write(Field.PRIORITY, Side.TASKSYNC, "high", false, false, T.plusSeconds(10), T.plusSeconds(12),
                true, "edit");
        var second = new Write(Field.PRIORITY, Side.TASKSYNC, "low", false, false, T.plusSeconds(11), T.plusSeconds(13),
                true, "edit");
        var allowed = Allowed.of(List.of(create(Side.TASKSYNC, "normal", 0), first, second));
        assertThat(allowed.permits("high")).isTrue();
        assertThat(allowed.permits("low")).isTrue();
        assertThat(allowed.permits("normal")).isFalse();
    }

    @Test
    void aRestoreAfterADeleteMayBringBackAnyEarlierValue() {
        var writes = List.of(create(Side.SALESFORCE, "a", 0), edit(Side.SALESFORCE, "b", 10, true));
        var lifecycle = List.of(
                new LifecycleEvent(LifecycleEvent.Kind.DELETE, Side.TASKSYNC, T.plusSeconds(11), T.plusSeconds(12), true),
                new LifecycleEvent(LifecycleEvent.Kind.RESTORE, Side.TASKSYNC, T.plusSeconds(20), T.plusSeconds(21), true));
        assertThat(Allowed.of(writes, lifecycle).permits("a")).isTrue();
        assertThat(Allowed.of(writes).permits("a")).isFalse();
    }

    @Test
    void anOlderTaskSyncValueWinningWithinOnePollIntervalIsTheDocumentedLimit() {
        var writes = List.of(create(Side.TASKSYNC, "a", 0), edit(Side.SALESFORCE, "b", 2, true));
        var allowed = Allowed.of(writes);
        assertThat(allowed.permits("a")).isFalse();
        assertThat(WriteCheck.withinLaterWinsWindow(allowed, "a", Duration.ofSeconds(4))).isTrue();
        var later = Allowed.of(List.of(create(Side.TASKSYNC, "a", 0), edit(Side.SALESFORCE, "b", 30, true)));
        assertThat(WriteCheck.withinLaterWinsWindow(later, "a", Duration.ofSeconds(4))).isFalse();
    }

    private static Write create(Side side, String value, int second) {
        return new Write(Field.PRIORITY, side, value, false, true, T.plusSeconds(second), T.plusSeconds(second + 1),
                true, "create");
    }

    private static Write edit(Side side, String value, int second, boolean certain) {
        return new Write(Field.PRIORITY, side, value, false, false, T.plusSeconds(second), T.plusSeconds(second + 1),
                certain, "edit");
    }
}
