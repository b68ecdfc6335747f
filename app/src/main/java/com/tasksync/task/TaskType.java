package com.tasksync.task;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What kind of work a task is. Written in JSON and SQL as its lower-case value. */
public enum TaskType {
    TODO("todo"),
    CALL("call"),
    EMAIL("email"),
    LINKEDIN("linkedin"),
    OTHER("other");

    static final Map<String, TaskType> BY_VALUE =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(TaskType::value, Function.identity()));

    private final String value;

    TaskType(String value) {
        this.value = value;
    }

    @JsonValue
    public String value() {
        return value;
    }

    static TaskType of(String value) {
        return BY_VALUE.get(value);
    }
}
