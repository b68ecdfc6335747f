package com.tasksync.mapping;

import java.util.Objects;

/**
 * The Status picklist values written to Salesforce: the org's default open status for an open
 * task and a closed status (by default {@code Completed}) for a completed one. Reading never
 * uses them: a task is completed when Salesforce says {@code IsClosed}.
 */
public record StatusValues(String open, String closed) {

    public static final String DEFAULT_OPEN = "Not Started";
    public static final String DEFAULT_CLOSED = "Completed";

    public StatusValues {
        Objects.requireNonNull(open, "open");
        Objects.requireNonNull(closed, "closed");
    }

    public static StatusValues defaults() {
        return new StatusValues(DEFAULT_OPEN, DEFAULT_CLOSED);
    }
}
