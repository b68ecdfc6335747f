package com.tasksync.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.mapping.FieldConflict.Side;
import com.tasksync.task.TaskPriority;
import com.tasksync.task.TaskStatus;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ThreeWayMergeTest {

    private static final Instant EARLY = Instant.parse("2026-11-22T10:00:00Z");
    private static final Instant LATE = Instant.parse("2026-11-22T10:05:00Z");

    private final Fields base = Fields.task().subject("Call Jane").priority(TaskPriority.NORMAL);

    @Test
    void takesAFieldChangedOnlyInTaskSync() {
        var result = ThreeWayMerge.merge(base.build(), Fields.from(base.build()).subject("Call Jane today").build(),
                EARLY, base.build(), LATE);

        assertThat(result.merged().subject()).isEqualTo("Call Jane today");
        assertThat(result.toSalesforce()).containsExactly(TaskField.SUBJECT);
        assertThat(result.toTaskSync()).isEmpty();
        assertThat(result.conflicts()).isEmpty();
    }

    @Test
    void takesAFieldChangedOnlyInSalesforceEvenWhenTaskSyncChangedLater() {
        var result = ThreeWayMerge.merge(base.build(), base.build(), LATE,
                Fields.from(base.build()).status(TaskStatus.COMPLETED).build(), EARLY);

        assertThat(result.merged().status()).isEqualTo(TaskStatus.COMPLETED);
        assertThat(result.toTaskSync()).containsExactly(TaskField.STATUS);
        assertThat(result.toSalesforce()).isEmpty();
    }

    @Test
    void mergesDifferentFieldsChangedOnEachSide() {
        var local = Fields.from(base.build()).subject("Call Jane today").build();
        var remote = Fields.from(base.build()).priority(TaskPriority.HIGH).build();

        var result = ThreeWayMerge.merge(base.build(), local, EARLY, remote, LATE);

        assertThat(result.merged().subject()).isEqualTo("Call Jane today");
        assertThat(result.merged().priority()).isEqualTo(TaskPriority.HIGH);
        assertThat(result.toSalesforce()).containsExactly(TaskField.SUBJECT);
        assertThat(result.toTaskSync()).containsExactly(TaskField.PRIORITY);
        assertThat(result.conflicts()).isEmpty();
    }

    @Test
    void letsTheLaterChangeWinWhenBothSidesChangedOneField() {
        var local = Fields.from(base.build()).subject("from TaskSync").build();
        var remote = Fields.from(base.build()).subject("from Salesforce").build();

        var taskSyncLater = ThreeWayMerge.merge(base.build(), local, LATE, remote, EARLY);
        var salesforceLater = ThreeWayMerge.merge(base.build(), local, EARLY, remote, LATE);

        assertThat(taskSyncLater.merged().subject()).isEqualTo("from TaskSync");
        assertThat(taskSyncLater.conflicts()).singleElement()
                .satisfies(conflict -> assertThat(conflict.winner()).isEqualTo(Side.TASKSYNC));
        assertThat(salesforceLater.merged().subject()).isEqualTo("from Salesforce");
        assertThat(salesforceLater.conflicts()).singleElement()
                .satisfies(conflict -> assertThat(conflict.winner()).isEqualTo(Side.SALESFORCE));
    }

    @Test
    void givesATieToSalesforce() {
        var local = Fields.from(base.build()).subject("from TaskSync").build();
        var remote = Fields.from(base.build()).subject("from Salesforce").build();

        var result = ThreeWayMerge.merge(base.build(), local, EARLY, remote, EARLY);

        assertThat(result.merged().subject()).isEqualTo("from Salesforce");
        assertThat(result.toTaskSync()).containsExactly(TaskField.SUBJECT);
    }

    @Test
    void seesNoConflictWhenBothSidesMadeTheSameChange() {
        var same = Fields.from(base.build()).subject("same").build();

        var result = ThreeWayMerge.merge(base.build(), same, LATE, same, EARLY);

        assertThat(result.quiet()).isTrue();
        assertThat(result.conflicts()).isEmpty();
    }

    @Test
    void treatsEveryDifferenceAsAConflictWithoutALastSyncedVersion() {
        var local = Fields.from(base.build()).subject("mine").build();

        var result = ThreeWayMerge.merge(null, local, EARLY, base.build(), LATE);

        assertThat(result.merged().subject()).isEqualTo("Call Jane");
        assertThat(result.conflicts()).extracting(FieldConflict::field).containsExactly(TaskField.SUBJECT);
    }

    @Test
    void keepsLocalTextInWhoThatSalesforceCannotHold() {
        var local = Fields.from(base.build()).who("Jane from the trade fair").build();

        var result = ThreeWayMerge.merge(base.build(), local, LATE, base.build(), EARLY);

        assertThat(result.quiet()).isTrue();
    }

    @Test
    void listsTheFieldsChangedInTaskSyncSinceTheLastSync() {
        var local = Fields.from(base.build()).subject("x").status(TaskStatus.COMPLETED).build();

        assertThat(ThreeWayMerge.changedSince(base.build(), local))
                .containsExactlyInAnyOrder(TaskField.SUBJECT, TaskField.STATUS);
        assertThat(ThreeWayMerge.changedSince(null, local)).containsExactlyInAnyOrder(TaskField.values());
    }
}
