package com.tasksync.task;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Where a task stands with Salesforce: never sent, waiting to be sent, equal on both sides, or failed. Written in JSON and SQL as its lower-case value. */
public enum TaskSyncState {
    LOCAL("local"),
    PENDING("pending"),
    SYNCED("synced"),
    ERROR("error");

    static final Map<String, TaskSyncState> BY_VALUE =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(TaskSyncState::value, Function.identity()));

    private final String value;

    TaskSyncState(String value) {
        this.value = value;
    }

    @JsonValue
    public String value() {
        return value;
    }

    static TaskSyncState of(String value) {
        return BY_VALUE.get(value);
    }
}
