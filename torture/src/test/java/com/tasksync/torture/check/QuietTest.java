package com.tasksync.torture.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.torture.http.Json;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class QuietTest {

    private static final Instant NOW = Instant.parse("2026-12-04T00:06:25Z");

    @Test
    void isSettledWithNothingPendingPastTheImportAndNoAnnouncedRetryToCome() {
        assertThat(Quiet.settled(snapshot("syncing", null, "synced"), NOW)).isTrue();
        assertThat(Quiet.settled(snapshot("syncing", null, "pending"), NOW)).isFalse();
        assertThat(Quiet.settled(snapshot("importing", null, "synced"), NOW)).isFalse();
    }

    /**
     * Torture seed -1956984442277392607: a node that saw the org's API allocation nearly used up held its
     * polls back until the minute it announced, while the other node's writes emptied the pending list;
     * the checks ran in between and judged a Salesforce edit that TaskSync had said it would read later.
     */
    @Test
    void isNotSettledWhileTaskSyncHoldsBackUntilATimeStillToCome() {
        assertThat(Quiet.settled(snapshot("degraded", "2026-12-04T00:06:31Z", "synced"), NOW)).isFalse();
        assertThat(Quiet.settled(snapshot("degraded", "2026-12-04T00:06:20Z", "synced"), NOW)).isTrue();
        assertThat(Quiet.settled(snapshot("degraded", null, "synced"), NOW)).isTrue();
    }

    private static Snapshot snapshot(String state, String nextTryAt, String taskState) {
        var status = Json.object().put("state", state);
        if (nextTryAt != null) {
            status.putObject("problem").put("code", "ORG_API_NEARLY_USED").put("nextTryAt", nextTryAt);
        } else {
            status.putNull("problem");
        }
        JsonNode task = Json.object().put("id", "t1").put("version", 1).put("syncState", taskState);
        return new Snapshot(NOW, List.of(task), List.of(), status);
    }
}
