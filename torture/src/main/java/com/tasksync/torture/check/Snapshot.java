package com.tasksync.torture.check;

import com.tasksync.torture.http.Json;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * Both sides at one moment, as the rep sees them: every TaskSync task (Trash included) and
 * every Salesforce task the rep owns (deleted ones included), with the rep's sync status.
 */
public record Snapshot(Instant at, List<JsonNode> tasks, List<JsonNode> records, JsonNode syncStatus) {

    public List<JsonNode> pending() {
        return tasks.stream().filter(task -> "pending".equals(Json.text(task, "syncState"))).toList();
    }

    public String syncState() {
        return Json.text(syncStatus, "state");
    }

    /** When TaskSync said it tries again, while a problem holds sync back; null when none or no time given. */
    public Instant nextTryAt() {
        var problem = syncStatus.get("problem");
        var text = problem == null ? null : Json.text(problem, "nextTryAt");
        return text == null ? null : Instant.parse(text);
    }

    /** Changes whenever a task or record changes on either side. */
    public String fingerprint() {
        var taskSync = tasks.stream().map(task -> task.path("id").asString() + ":" + task.path("version").asString()
                + ":" + Json.text(task, "syncState") + ":" + Json.text(task, "salesforceId"))
                .sorted().collect(Collectors.joining(","));
        var salesforce = records.stream().sorted(Comparator.comparing(record -> record.path("Id").asString()))
                .map(record -> record.path("Id").asString() + ":" + Json.text(record, "SystemModstamp") + ":"
                        + record.path("IsDeleted").asBoolean())
                .collect(Collectors.joining(","));
        return taskSync + "|" + salesforce;
    }
}
