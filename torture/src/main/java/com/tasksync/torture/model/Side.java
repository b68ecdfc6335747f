package com.tasksync.torture.model;

/** Where a write was made. */
public enum Side {
    TASKSYNC, SALESFORCE;

    public String label() {
        return this == TASKSYNC ? "TaskSync" : "Salesforce";
    }
}
