package com.tasksync.task;

import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.support.AppTestBase;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class TrashPurgeJobTest extends AppTestBase {

    @Autowired
    TrashPurgeJob job;

    @Test
    void purgesTasksInTrashForMoreThanThirtyDaysOnly() {
        var start = Instant.parse("2026-06-01T12:00:00Z");
        clock.stopAt(start);
        var api = api(newUser());
        var old = api.post("/api/tasks", Map.of("subject", "old")).json().get("id").stringValue();
        var recent = api.post("/api/tasks", Map.of("subject", "recent")).json().get("id").stringValue();
        var kept = api.post("/api/tasks", Map.of("subject", "kept")).json().get("id").stringValue();
        api.delete("/api/tasks/" + old);
        clock.stopAt(start.plus(Duration.ofDays(5)));
        api.delete("/api/tasks/" + recent);

        clock.stopAt(start.plus(Duration.ofDays(30)).plusSeconds(1));
        job.purgeOnce();

        assertThat(api.get("/api/tasks/" + old).status()).isEqualTo(404);
        assertThat(api.get("/api/tasks/" + recent).status()).isEqualTo(200);
        assertThat(api.get("/api/tasks/" + kept).status()).isEqualTo(200);
    }
}
