package com.tasksync.torture.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/** A task's fields in TaskSync's terms, normalised for comparison (see {@link Canonical}). */
public record TaskValues(Map<Field, String> values) {

    public TaskValues {
        var copy = new EnumMap<Field, String>(Field.class);
        copy.putAll(values);
        values = Collections.unmodifiableMap(copy);
    }

    public String get(Field field) {
        return values.get(field);
    }

    public boolean sameAs(TaskValues other, Field field) {
        return Objects.equals(get(field), other.get(field));
    }
}
