package com.tasksync.torture.model;

/** The task fields sync keeps equal, by their names in TaskSync's API. */
public enum Field {
    SUBJECT("subject"),
    DESCRIPTION("description"),
    DUE_DATE("dueDate"),
    STATUS("status"),
    PRIORITY("priority"),
    TYPE("type"),
    REMINDER("reminderAt");

    private final String apiName;

    Field(String apiName) {
        this.apiName = apiName;
    }

    public String apiName() {
        return apiName;
    }
}
