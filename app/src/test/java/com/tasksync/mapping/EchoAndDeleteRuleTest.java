package com.tasksync.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.mapping.DeleteRule.Outcome;
import com.tasksync.task.TaskPriority;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EchoAndDeleteRuleTest {

    @Test
    void recognisesAVersionEqualToTheLastSyncedOneAsAnEcho() {
        var synced = Fields.task().reminderAt(Instant.parse("2026-11-22T10:00:00Z")).build();
        var cameBack = Fields.from(synced).reminderAt(Instant.parse("2026-11-22T10:00:00.400Z")).build();

        assertThat(Echo.isEcho(cameBack, synced)).isTrue();
        assertThat(Echo.isEcho(Fields.from(synced).subject("changed").build(), synced)).isFalse();
        assertThat(Echo.isEcho(synced, null)).isFalse();
    }

    @Test
    void countsAFieldHoldingAValueOfAnUnansweredWriteAsUnchangedInSalesforce() {
        var synced = Fields.task().subject("Call Jane").priority(TaskPriority.LOW).build();
        var firstSent = Fields.from(synced).subject("Call Jane today").build();
        var secondSent = Fields.from(firstSent).subject("Call Jane at noon").priority(TaskPriority.HIGH).build();
        // Salesforce holds the first write's subject, and a description typed there.
        var salesforce = Fields.from(synced).subject("Call Jane today").description("typed in Salesforce").build();

        var base = Echo.baseFor(synced, List.of(firstSent, secondSent), salesforce);

        assertThat(base.subject()).isEqualTo("Call Jane today");
        assertThat(base.description()).isNull();
        assertThat(base.priority()).isEqualTo(TaskPriority.LOW);
        var merged = ThreeWayMerge.merge(base, secondSent, Instant.parse("2026-11-22T10:00:00Z"), salesforce,
                Instant.parse("2026-11-22T10:05:00Z"));
        assertThat(merged.merged().subject()).isEqualTo("Call Jane at noon");
        assertThat(merged.merged().priority()).isEqualTo(TaskPriority.HIGH);
        assertThat(merged.merged().description()).isEqualTo("typed in Salesforce");
        assertThat(merged.conflicts()).isEmpty();
    }

    @Test
    void keepsTheLastSyncedVersionWhenNoWriteIsUnanswered() {
        var synced = Fields.task().subject("Call Jane").build();
        var salesforce = Fields.from(synced).subject("Call Jane today").build();

        assertThat(Echo.baseFor(synced, List.of(), salesforce)).isSameAs(synced);
        assertThat(Echo.baseFor(null, List.of(salesforce), salesforce)).isNull();
    }

    @Test
    void letsADeleteWinOverAnEditOnEitherSide() {
        assertThat(DeleteRule.resolve(true, false)).isEqualTo(Outcome.DELETE_IN_SALESFORCE);
        assertThat(DeleteRule.resolve(false, true)).isEqualTo(Outcome.DELETE_IN_TASKSYNC);
        assertThat(DeleteRule.resolve(true, true)).isEqualTo(Outcome.NOTHING);
        assertThat(DeleteRule.resolve(false, false)).isEqualTo(Outcome.MERGE);
    }

    @Test
    void logsADeleteThatOverrodeAnEditAsAConflict() {
        assertThat(DeleteRule.isConflict(Outcome.DELETE_IN_TASKSYNC, true)).isTrue();
        assertThat(DeleteRule.isConflict(Outcome.DELETE_IN_TASKSYNC, false)).isFalse();
        assertThat(DeleteRule.isConflict(Outcome.MERGE, true)).isFalse();
    }
}
