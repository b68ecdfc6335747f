package com.tasksync.task;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Whether a task is still to do. Written in JSON and SQL as its lower-case value. */
public enum TaskStatus {
    OPEN("open"),
    COMPLETED("completed");

    static final Map<String, TaskStatus> BY_VALUE =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(TaskStatus::value, Function.identity()));

    private final String value;

    TaskStatus(String value) {
        this.value = value;
    }

    @JsonValue
    public String value() {
        return value;
    }

    static TaskStatus of(String value) {
        return BY_VALUE.get(value);
    }
}
