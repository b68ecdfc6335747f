package com.tasksync.system.database;

/**
 * A database TaskSync will not start on: what is wrong, and what the operator can do about it.
 * {@link RefusedDatabaseFailureAnalyzer} prints the two apart when start-up stops.
 */
public class RefusedDatabaseException extends IllegalStateException {

    private final String description;
    private final String action;

    public RefusedDatabaseException(String description, String action) {
        super(description + " " + action);
        this.description = description;
        this.action = action;
    }

    String description() {
        return description;
    }

    String action() {
        return action;
    }
}
