package com.tasksync.mapping;

import java.util.List;
import java.util.Optional;

/** The Salesforce Task fields sync reads, and the SELECT list that fetches them. */
public final class TaskFieldNames {

    public static final String OWNER_ID = "OwnerId";
    public static final String CREATED_DATE = "CreatedDate";
    public static final String LAST_MODIFIED_DATE = "LastModifiedDate";
    public static final String SYSTEM_MODSTAMP = "SystemModstamp";
    public static final String IS_DELETED = "IsDeleted";

    public static final List<String> READ = List.of("Id", OWNER_ID, "Subject", "Description", "ActivityDate",
            "Status", "IsClosed", "Priority", "Type", "TaskSubtype", "ReminderDateTime", "IsReminderSet", "WhoId",
            "WhatId", CREATED_DATE, LAST_MODIFIED_DATE, SYSTEM_MODSTAMP, IS_DELETED);

    public static final String SELECT_LIST = String.join(", ", READ);

    private TaskFieldNames() {
    }

    /** The SELECT list, with the org's external ID field when it has one, so our own creates are recognised. */
    public static String selectList(Optional<String> externalIdField) {
        return externalIdField.map(field -> SELECT_LIST + ", " + field).orElse(SELECT_LIST);
    }
}
