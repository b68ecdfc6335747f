package com.tasksync.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.mapping.DeleteRule.Outcome;
import java.time.Instant;
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
