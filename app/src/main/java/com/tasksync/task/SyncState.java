package com.tasksync.task;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Where a task stands with Salesforce: never sent, waiting to be sent, equal on both sides, or failed. Written in JSON and SQL as its lower-case value. */
public enum SyncState {
    LOCAL("local"),
    PENDING("pending"),
    SYNCED("synced"),
    ERROR("error");

    static final Map<String, SyncState> BY_VALUE =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(SyncState::value, Function.identity()));

    private final String value;

    SyncState(String value) {
        this.value = value;
    }

    @JsonValue
    public String value() {
        return value;
    }

    static SyncState of(String value) {
        return BY_VALUE.get(value);
    }
}
