package com.tasksync.task;

import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.support.ApiResponse;
import com.tasksync.support.AppTestBase;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TenantIsolationTest extends AppTestBase {

    @Test
    void anotherUsersTaskIsNotFoundOnEveryTaskEndpointAndStaysUnchanged() {
        var alice = api(newUser());
        var bob = api(newUser());
        var id = alice.post("/api/tasks", Map.of("subject", "Alice's deal", "dueDate", "2026-06-10"))
                .json().get("id").stringValue();
        var before = alice.get("/api/tasks/" + id).text();

        assertThat(bob.get("/api/tasks/" + id).status()).isEqualTo(404);
        assertThat(bob.patch("/api/tasks/" + id, Map.of("subject", "mine now")).status()).isEqualTo(404);
        assertThat(bob.delete("/api/tasks/" + id).status()).isEqualTo(404);
        assertThat(bob.post("/api/tasks/" + id + "/complete", null).status()).isEqualTo(404);
        assertThat(bob.post("/api/tasks/" + id + "/reopen", null).status()).isEqualTo(404);
        assertThat(bob.post("/api/tasks/" + id + "/restore", null).status()).isEqualTo(404);

        assertThat(alice.get("/api/tasks/" + id).text()).isEqualTo(before);
    }

    @Test
    void listsAndTheCommandCenterShowOnlyTheUsersOwnTasks() {
        clock.stopAt(Instant.parse("2026-06-10T12:00:00Z"));
        var alice = api(newUser());
        var bob = api(newUser());
        alice.post("/api/tasks", Map.of("subject", "Alice today", "dueDate", "2026-06-10"));
        var trashed = alice.post("/api/tasks", Map.of("subject", "Alice trashed", "dueDate", "2026-06-01"))
                .json().get("id").stringValue();
        alice.delete("/api/tasks/" + trashed);
        alice.post("/api/tasks", Map.of("subject", "Alice overdue", "dueDate", "2026-06-01"));

        for (var view : new String[] {"all", "open", "completed", "overdue", "trash"}) {
            assertThat(bob.get("/api/tasks?view=" + view).json().get("totalItems").asLong()).as(view).isZero();
        }
        var commandCenter = bob.get("/api/command-center").json();
        assertThat(commandCenter.get("dueToday").size()).isZero();
        assertThat(commandCenter.get("overdueCount").asLong()).isZero();
    }

    @Test
    void syncStateAndLogArePerUser() {
        var alice = api(newUser());
        var bob = api(newUser());

        alice.put("/api/sync", Map.of("enabled", true));

        assertThat(bob.get("/api/sync").json().get("enabled").booleanValue()).isFalse();
        assertThat(bob.get("/api/sync/log").json().get("totalItems").asLong()).isZero();
    }

    @Test
    void nonAdminsGet403OnTheAdminApi() {
        var rep = api(newUser());
        var other = newUser();

        for (var response : new ApiResponse[] {
                rep.get("/api/admin/users"),
                rep.get("/api/admin/users/" + other.id()),
                rep.post("/api/admin/users", Map.of("email", "new@example.test", "password", "long enough!")),
                rep.post("/api/admin/users/" + other.id() + "/deactivate", null)}) {
            assertThat(response.status()).isEqualTo(403);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
        assertThat(users.get(other.id()).active()).isTrue();
    }
}
