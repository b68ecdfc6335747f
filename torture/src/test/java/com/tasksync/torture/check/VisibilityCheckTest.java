package com.tasksync.torture.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

class VisibilityCheckTest {

    private static final Instant START = Instant.parse("2026-12-02T07:04:48Z");

    @Test
    void aProblemLoggedBeforeTheEpisodeAndNotRecoveredIsStillOpen() {
        var log = List.of(entry("problem", "fromSalesforce", START.minusSeconds(30)),
                entry("recovered", "toSalesforce", START.minusSeconds(10)));

        assertThat(VisibilityCheck.problemOpenAt(log, START)).isTrue();
    }

    @Test
    void aProblemThatRecoveredBeforeTheEpisodeIsNotOpen() {
        var log = List.of(entry("problem", "fromSalesforce", START.minusSeconds(30)),
                entry("recovered", "fromSalesforce", START.minusSeconds(5)));

        assertThat(VisibilityCheck.problemOpenAt(log, START)).isFalse();
    }

    @Test
    void aProblemLoggedAfterTheStartDoesNotCountAsOpenAtIt() {
        var log = List.of(entry("problem", "fromSalesforce", START.plusSeconds(2)));

        assertThat(VisibilityCheck.problemOpenAt(log, START)).isFalse();
    }

    private static JsonNode entry(String action, String direction, Instant at) {
        return JsonNodeFactory.instance.objectNode().put("action", action).put("direction", direction)
                .put("at", at.toString());
    }
}
