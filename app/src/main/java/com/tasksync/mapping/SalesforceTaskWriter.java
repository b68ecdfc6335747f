package com.tasksync.mapping;

import com.tasksync.salesforce.client.record.SObject;
import com.tasksync.task.TaskFields;
import com.tasksync.task.TaskPriority;
import com.tasksync.task.TaskStatus;
import com.tasksync.task.TaskType;
import java.util.EnumSet;
import java.util.Set;

/**
 * Writes TaskSync fields as Salesforce Task fields: a full record for a create (with TaskSubtype,
 * which Salesforce lets be set only then), and only the changed fields for an update. Values
 * Salesforce cannot hold are shaped first by {@link SalesforceShape}.
 */
public final class SalesforceTaskWriter {

    public static final String TYPE = "Task";

    private SalesforceTaskWriter() {
    }

    public static SObject forCreate(TaskFields fields, StatusValues statuses) {
        var record = SObject.of(TYPE);
        put(record, SalesforceShape.of(fields), EnumSet.allOf(TaskField.class), statuses);
        return record.with("TaskSubtype", subtype(fields.type()));
    }

    public static SObject forUpdate(String salesforceId, TaskFields fields, Set<TaskField> changed,
            StatusValues statuses) {
        var record = SObject.of(TYPE, salesforceId);
        put(record, SalesforceShape.of(fields), changed, statuses);
        return record;
    }

    private static void put(SObject record, TaskFields fields, Set<TaskField> which, StatusValues statuses) {
        for (var field : which) {
            switch (field) {
                case SUBJECT -> record.with("Subject", fields.subject());
                case DESCRIPTION -> record.with("Description", fields.description());
                case DUE_DATE -> record.with("ActivityDate", fields.dueDate());
                case STATUS -> record.with("Status",
                        fields.status() == TaskStatus.COMPLETED ? statuses.closed() : statuses.open());
                case PRIORITY -> record.with("Priority", priority(fields));
                case TYPE -> record.with("Type", type(fields.type()));
                case REMINDER_AT -> record.with("ReminderDateTime", fields.reminderAt())
                        .with("IsReminderSet", fields.reminderAt() != null);
                case WHO -> record.with("WhoId", fields.who());
                case WHAT -> record.with("WhatId", fields.what());
            }
        }
    }

    private static String priority(TaskFields fields) {
        return priority(fields.priority());
    }

    /** Every Priority value the writer sends. */
    public static java.util.List<String> priorityValues() {
        return java.util.Arrays.stream(TaskPriority.values()).map(SalesforceTaskWriter::priority).toList();
    }

    private static String priority(TaskPriority priority) {
        return switch (priority) {
            case LOW -> "Low";
            case NORMAL -> "Normal";
            case HIGH -> "High";
        };
    }

    static String type(TaskType type) {
        return switch (type) {
            case CALL -> "Call";
            case EMAIL -> "Email";
            case OTHER -> "Other";
            case TODO, LINKEDIN -> null;
        };
    }

    static String subtype(TaskType type) {
        return switch (type) {
            case CALL -> "Call";
            case EMAIL -> "Email";
            case LINKEDIN -> "LinkedIn";
            case TODO, OTHER -> "Task";
        };
    }
}
