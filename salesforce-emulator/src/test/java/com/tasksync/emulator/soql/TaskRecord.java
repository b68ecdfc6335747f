package com.tasksync.emulator.soql;

import java.util.HashMap;
import java.util.Map;

/** Builds Task records as the store holds them: canonical field names to Java values. */
final class TaskRecord {

    private final Map<String, Object> values = new HashMap<>();

    private TaskRecord(String subject) {
        values.put("Subject", subject);
    }

    static TaskRecord task(String subject) {
        return new TaskRecord(subject);
    }

    TaskRecord with(String field, Object value) {
        values.put(field, value);
        return this;
    }

    Map<String, Object> build() {
        return new HashMap<>(values);
    }
}
