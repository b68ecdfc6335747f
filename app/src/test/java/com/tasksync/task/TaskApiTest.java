package com.tasksync.task;

import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.support.AppTestBase;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TaskApiTest extends AppTestBase {

    @Test
    void createsATaskWithDefaultsAndALocationHeader() {
        var api = api(newUser());

        var created = api.post("/api/tasks", Map.of("subject", "Call Ada", "dueDate", "2026-12-01"));

        assertThat(created.status()).isEqualTo(201);
        var id = created.json().get("id").stringValue();
        assertThat(created.header("Location")).endsWith("/api/tasks/" + id);
        assertThat(created.header("ETag")).isEqualTo("\"1\"");
        var task = created.json();
        assertThat(task.get("subject").stringValue()).isEqualTo("Call Ada");
        assertThat(task.get("dueDate").stringValue()).isEqualTo("2026-12-01");
        assertThat(task.get("status").stringValue()).isEqualTo("open");
        assertThat(task.get("priority").stringValue()).isEqualTo("normal");
        assertThat(task.get("type").stringValue()).isEqualTo("todo");
        assertThat(task.get("syncState").stringValue()).isEqualTo("local");
        assertThat(task.get("version").asLong()).isEqualTo(1);
        for (var field : new String[] {"description", "completedAt", "reminderAt", "who", "what", "deletedAt",
                "salesforceId", "syncError"}) {
            assertThat(task.has(field)).as(field).isTrue();
            assertThat(task.get(field).isNull()).as(field).isTrue();
        }
        assertThat(task.has("userId")).isFalse();
    }

    @Test
    void storesEveryWritableField() {
        var api = api(newUser());
        var body = new LinkedHashMap<String, Object>();
        body.put("subject", "Send the proposal");
        body.put("description", "Line one\nLine\ttwo");
        body.put("dueDate", "2026-12-24");
        body.put("status", "completed");
        body.put("priority", "high");
        body.put("type", "email");
        body.put("reminderAt", "2026-12-24T09:30:00+02:00");
        body.put("who", "003000000000001AAA");
        body.put("what", "006000000000001AAA");

        var id = api.post("/api/tasks", body).json().get("id").stringValue();
        var task = api.get("/api/tasks/" + id).json();

        assertThat(task.get("description").stringValue()).isEqualTo("Line one\nLine\ttwo");
        assertThat(task.get("status").stringValue()).isEqualTo("completed");
        assertThat(task.get("completedAt").isNull()).isFalse();
        assertThat(task.get("priority").stringValue()).isEqualTo("high");
        assertThat(task.get("type").stringValue()).isEqualTo("email");
        assertThat(task.get("reminderAt").stringValue()).isEqualTo("2026-12-24T07:30:00Z");
        assertThat(task.get("who").stringValue()).isEqualTo("003000000000001AAA");
        assertThat(task.get("what").stringValue()).isEqualTo("006000000000001AAA");
    }

    @Test
    void patchesOnlyTheGivenFieldsAndClearsNulls() {
        var api = api(newUser());
        var id = api.post("/api/tasks", Map.of("subject", "Draft", "description", "old", "dueDate", "2026-12-01"))
                .json().get("id").stringValue();
        var patch = new LinkedHashMap<String, Object>();
        patch.put("subject", "Final");
        patch.put("description", null);

        var patched = api.patch("/api/tasks/" + id, patch);

        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.json().get("subject").stringValue()).isEqualTo("Final");
        assertThat(patched.json().get("description").isNull()).isTrue();
        assertThat(patched.json().get("dueDate").stringValue()).isEqualTo("2026-12-01");
        assertThat(patched.json().get("version").asLong()).isEqualTo(2);
        assertThat(patched.header("ETag")).isEqualTo("\"2\"");
    }

    @Test
    void acceptsPlainJsonAsAMergePatch() {
        var api = api(newUser());
        var id = api.post("/api/tasks", Map.of("subject", "Draft")).json().get("id").stringValue();

        var patched = api.send("/api/tasks/" + id, "PATCH", "application/json", "{\"priority\":\"low\"}");

        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.json().get("priority").stringValue()).isEqualTo("low");
    }

    @Test
    void refusesAStaleIfMatchWith412AndKeepsTheTask() {
        var api = api(newUser());
        var id = api.post("/api/tasks", Map.of("subject", "Draft")).json().get("id").stringValue();
        var etag = api.get("/api/tasks/" + id).header("ETag");
        api.patch("/api/tasks/" + id, Map.of("subject", "Changed elsewhere"));

        var stale = api.send("/api/tasks/" + id, "PATCH", "application/merge-patch+json",
                "{\"subject\":\"Mine\"}", "If-Match", etag);

        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.contentType()).startsWith("application/problem+json");
        assertThat(api.get("/api/tasks/" + id).json().get("subject").stringValue()).isEqualTo("Changed elsewhere");
    }

    @Test
    void appliesAPatchWhoseIfMatchIsCurrent() {
        var api = api(newUser());
        var id = api.post("/api/tasks", Map.of("subject", "Draft")).json().get("id").stringValue();
        var etag = api.get("/api/tasks/" + id).header("ETag");

        var fresh = api.send("/api/tasks/" + id, "PATCH", "application/merge-patch+json",
                "{\"subject\":\"Mine\"}", "If-Match", etag);

        assertThat(fresh.status()).isEqualTo(200);
        assertThat(fresh.json().get("subject").stringValue()).isEqualTo("Mine");
    }

    @Test
    void completesAndReopensATask() {
        var api = api(newUser());
        var id = api.post("/api/tasks", Map.of("subject", "Call")).json().get("id").stringValue();

        var completed = api.post("/api/tasks/" + id + "/complete", null);
        assertThat(completed.status()).isEqualTo(200);
        assertThat(completed.json().get("status").stringValue()).isEqualTo("completed");
        assertThat(completed.json().get("completedAt").isNull()).isFalse();

        var reopened = api.post("/api/tasks/" + id + "/reopen", null);
        assertThat(reopened.json().get("status").stringValue()).isEqualTo("open");
        assertThat(reopened.json().get("completedAt").isNull()).isTrue();
    }

    @Test
    void deleteMovesToTrashAndRestoreBringsItBack() {
        var api = api(newUser());
        var id = api.post("/api/tasks", Map.of("subject", "Call")).json().get("id").stringValue();

        assertThat(api.delete("/api/tasks/" + id).status()).isEqualTo(204);
        var trashed = api.get("/api/tasks/" + id);
        assertThat(trashed.status()).isEqualTo(200);
        assertThat(trashed.json().get("deletedAt").isNull()).isFalse();
        assertThat(api.get("/api/tasks?view=trash").json().get("totalItems").asLong()).isEqualTo(1);
        assertThat(api.get("/api/tasks").json().get("totalItems").asLong()).isZero();

        var restored = api.post("/api/tasks/" + id + "/restore", null);
        assertThat(restored.status()).isEqualTo(200);
        assertThat(restored.json().get("deletedAt").isNull()).isTrue();
        assertThat(api.get("/api/tasks").json().get("totalItems").asLong()).isEqualTo(1);
    }

    @Test
    void refusesToEditATaskInTrash() {
        var api = api(newUser());
        var id = api.post("/api/tasks", Map.of("subject", "Call")).json().get("id").stringValue();
        api.delete("/api/tasks/" + id);

        var edit = api.patch("/api/tasks/" + id, Map.of("subject", "Changed"));

        assertThat(edit.status()).isEqualTo(409);
        assertThat(edit.contentType()).startsWith("application/problem+json");
        assertThat(api.get("/api/tasks/" + id).json().get("subject").stringValue()).isEqualTo("Call");
    }
}
