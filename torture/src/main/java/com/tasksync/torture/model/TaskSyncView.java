package com.tasksync.torture.model;

import com.tasksync.torture.http.Json;
import java.util.EnumMap;
import tools.jackson.databind.JsonNode;

/** A task as TaskSync's API shows it, in canonical terms. */
public final class TaskSyncView {

    private TaskSyncView() {
    }

    public static TaskValues of(JsonNode task) {
        var values = new EnumMap<Field, String>(Field.class);
        for (var field : Field.values()) {
            if (task.has(field.apiName())) {
                values.put(field, value(field, Json.text(task, field.apiName())));
            }
        }
        return new TaskValues(values);
    }

    /** One field's value as TaskSync would store it from the given API input. */
    public static String value(Field field, String input) {
        return switch (field) {
            case SUBJECT -> Canonical.subject(input == null ? null : input.strip());
            case DESCRIPTION -> Canonical.description(input);
            case REMINDER -> Canonical.instant(input);
            default -> input;
        };
    }
}
