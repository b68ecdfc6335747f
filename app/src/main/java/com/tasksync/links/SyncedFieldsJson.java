package com.tasksync.links;

import com.tasksync.task.TaskFields;
import com.tasksync.task.TaskPriority;
import com.tasksync.task.TaskStatus;
import com.tasksync.task.TaskType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The last synced version as stored in {@code task_link.synced_fields}. */
final class SyncedFieldsJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SyncedFieldsJson() {
    }

    static String write(TaskFields fields) {
        if (fields == null) {
            return null;
        }
        ObjectNode node = JSON.createObjectNode()
                .put("subject", fields.subject())
                .put("description", fields.description())
                .put("dueDate", fields.dueDate() == null ? null : fields.dueDate().toString())
                .put("status", fields.status().value())
                .put("priority", fields.priority().value())
                .put("type", fields.type().value())
                .put("reminderAt", fields.reminderAt() == null ? null : fields.reminderAt().toString())
                .put("who", fields.who())
                .put("what", fields.what());
        return JSON.writeValueAsString(node);
    }

    static TaskFields read(String json) {
        if (json == null) {
            return null;
        }
        return read(JSON.readTree(json));
    }

    /** A JSON array of versions, in its order; empty for null. */
    static java.util.List<TaskFields> readAll(String json) {
        if (json == null) {
            return java.util.List.of();
        }
        var versions = new java.util.ArrayList<TaskFields>();
        JSON.readTree(json).forEach(node -> versions.add(read(node)));
        return java.util.List.copyOf(versions);
    }

    private static TaskFields read(JsonNode node) {
        return new TaskFields(
                text(node, "subject"),
                text(node, "description"),
                text(node, "dueDate") == null ? null : LocalDate.parse(text(node, "dueDate")),
                TaskStatus.valueOf(upper(node, "status")),
                TaskPriority.valueOf(upper(node, "priority")),
                TaskType.valueOf(upper(node, "type")),
                text(node, "reminderAt") == null ? null : Instant.parse(text(node, "reminderAt")),
                text(node, "who"),
                text(node, "what"));
    }

    private static String text(JsonNode node, String field) {
        var value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static String upper(JsonNode node, String field) {
        return text(node, field).toUpperCase(Locale.ROOT);
    }
}
