package com.tasksync.torture.model;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/** A task's fields in TaskSync's terms, normalised for comparison (see {@link Canonical}). */
public record TaskValues(Map<Field, String> values) {

    public TaskValues {
        values = new EnumMap<>(values.isEmpty() ? Map.of() : values);
    }

    public static TaskValues of(Map<Field, String> values) {
        var copy = new EnumMap<Field, String>(Field.class);
        copy.putAll(values);
        return new TaskValues(copy);
    }

    public String get(Field field) {
        return values.get(field);
    }

    public boolean sameAs(TaskValues other, Field field) {
        return Objects.equals(get(field), other.get(field));
    }
}
