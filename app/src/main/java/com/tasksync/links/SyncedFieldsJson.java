package com.tasksync.links;

import com.tasksync.task.TaskFields;
import com.tasksync.task.TaskPriority;
import com.tasksync.task.TaskStatus;
import com.tasksync.task.TaskType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
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

    /**
     * Read with the streaming parser rather than as a tree: links are read by the thousand (every batch the
     * relay plans and records, every page a poll applies), and building a tree for each version was an
     * eighth of the node's CPU while it sent edits.
     */
    static TaskFields read(String json) {
        if (json == null) {
            return null;
        }
        try (var parser = JSON.createParser(json)) {
            parser.nextToken();
            return read(parser);
        }
    }

    /** A JSON array of versions, in its order; empty for null. */
    static java.util.List<TaskFields> readAll(String json) {
        if (json == null) {
            return java.util.List.of();
        }
        var versions = new java.util.ArrayList<TaskFields>();
        try (var parser = JSON.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new IllegalArgumentException("stored versions are not a JSON array");
            }
            for (var token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                versions.add(read(parser));
            }
        }
        return java.util.List.copyOf(versions);
    }

    /** The version whose START_OBJECT the parser is on; leaves it on the matching END_OBJECT. */
    private static TaskFields read(JsonParser parser) {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw new IllegalArgumentException("a stored version is not a JSON object: " + parser.currentToken());
        }
        var values = new java.util.HashMap<String, String>();
        for (var name = parser.nextName(); name != null; name = parser.nextName()) {
            var token = parser.nextToken();
            if (token.isStructStart()) {
                parser.skipChildren();
            } else if (token != JsonToken.VALUE_NULL) {
                values.put(name, parser.getString());
            }
        }
        var dueDate = values.get("dueDate");
        var reminderAt = values.get("reminderAt");
        return new TaskFields(
                values.get("subject"),
                values.get("description"),
                dueDate == null ? null : date(dueDate),
                TaskStatus.valueOf(upper(values, "status")),
                TaskPriority.valueOf(upper(values, "priority")),
                TaskType.valueOf(upper(values, "type")),
                reminderAt == null ? null : Instant.parse(reminderAt),
                values.get("who"),
                values.get("what"));
    }

    /** yyyy-MM-dd read by hand (the formatter's general parse was most of a version's read); others by it. */
    private static LocalDate date(String text) {
        if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-' && digits(text, 0, 4)
                && digits(text, 5, 7) && digits(text, 8, 10)) {
            try {
                return LocalDate.of(Integer.parseInt(text, 0, 4, 10), Integer.parseInt(text, 5, 7, 10),
                        Integer.parseInt(text, 8, 10, 10));
            } catch (java.time.DateTimeException e) {
                // no such day (2026-02-30): the formatter says so in its own words
            }
        }
        return LocalDate.parse(text);
    }

    private static boolean digits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static String upper(java.util.Map<String, String> values, String field) {
        return values.get(field).toUpperCase(Locale.ROOT);
    }
}
