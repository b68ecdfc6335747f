package com.tasksync.task;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** How urgent a task is. Written in JSON and SQL as its lower-case value. */
public enum TaskPriority {
    LOW("low"),
    NORMAL("normal"),
    HIGH("high");

    static final Map<String, TaskPriority> BY_VALUE =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(TaskPriority::value, Function.identity()));

    private final String value;

    TaskPriority(String value) {
        this.value = value;
    }

    @JsonValue
    public String value() {
        return value;
    }

    static TaskPriority of(String value) {
        return BY_VALUE.get(value);
    }
}
