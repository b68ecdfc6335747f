package com.tasksync.task;

import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.support.Api;
import com.tasksync.support.ApiResponse;
import com.tasksync.support.AppTestBase;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class IdempotencyKeyPurgeJobTest extends AppTestBase {

    @Autowired
    IdempotencyKeyPurgeJob job;

    @Autowired
    JdbcClient jdbc;

    @Test
    void purgesKeysOlderThan24HoursOnly() {
        var start = Instant.parse("2026-06-01T12:00:00Z");
        var user = newUser();
        var api = api(user);
        clock.stopAt(start);
        create(api, "old");
        clock.stopAt(start.plus(Duration.ofHours(12)));
        create(api, "recent");

        clock.stopAt(start.plus(Duration.ofHours(24)).plusSeconds(1));
        job.purgeOnce();

        assertThat(keysOf(user.id())).containsExactly("recent");
        assertThat(create(api, "recent").header("Idempotent-Replayed")).isEqualTo("true");
    }

    private static ApiResponse create(Api api, String key) {
        return api.send("/api/tasks", "POST", "application/json", Api.json(Map.of("subject", "Call")),
                "Idempotency-Key", key);
    }

    private List<String> keysOf(UUID userId) {
        return jdbc.sql("select key from idempotency_key where user_id = :userId order by key")
                .param("userId", userId).query(String.class).list();
    }
}
