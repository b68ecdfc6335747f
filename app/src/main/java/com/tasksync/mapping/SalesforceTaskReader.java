package com.tasksync.mapping;

import com.tasksync.salesforce.client.record.SObject;
import com.tasksync.task.TaskFields;
import com.tasksync.task.TaskPriority;
import com.tasksync.task.TaskStatus;
import com.tasksync.task.TaskType;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads a Salesforce Task record into TaskSync's terms. Status comes from IsClosed, never from
 * the org-specific Status label; a reminder counts only while IsReminderSet; the type comes from
 * Type, or from TaskSubtype when Type is empty. A blank Subject becomes {@value #NO_SUBJECT}.
 * Characters TaskSync cannot store (U+0000, unpaired surrogates) become U+FFFD, and the record says
 * which fields held them, so sync can log the mapping.
 */
public final class SalesforceTaskReader {

    public static final String NO_SUBJECT = "(no subject)";

    private SalesforceTaskReader() {
    }

    public static SalesforceTask read(SObject record) {
        return read(record, Optional.empty());
    }

    /** Reads the record, and the TaskSync id in {@code externalIdField} when the org has that field. */
    public static SalesforceTask read(SObject record, Optional<String> externalIdField) {
        var replaced = new TreeSet<String>();
        return new SalesforceTask(
                record.id(),
                record.string(TaskFieldNames.OWNER_ID),
                fields(record, replaced),
                record.dateTime(TaskFieldNames.CREATED_DATE),
                record.dateTime(TaskFieldNames.LAST_MODIFIED_DATE),
                record.dateTime(TaskFieldNames.SYSTEM_MODSTAMP),
                Boolean.TRUE.equals(record.bool(TaskFieldNames.IS_DELETED)),
                externalIdField.map(record::string).orElse(null),
                replaced);
    }

    static TaskFields fields(SObject record) {
        return fields(record, new TreeSet<>());
    }

    private static TaskFields fields(SObject record, Set<String> replaced) {
        var subject = storable(record, "Subject", replaced);
        var reminder = Boolean.TRUE.equals(record.bool("IsReminderSet")) ? record.dateTime("ReminderDateTime") : null;
        return new TaskFields(
                subject == null || subject.isBlank() ? NO_SUBJECT : Text.cut(subject, TaskFields.SUBJECT_MAX),
                Text.cut(storable(record, "Description", replaced), TaskFields.DESCRIPTION_MAX),
                record.date("ActivityDate"),
                Boolean.TRUE.equals(record.bool("IsClosed")) ? TaskStatus.COMPLETED : TaskStatus.OPEN,
                priority(record.string("Priority")),
                type(record.string("Type"), record.string("TaskSubtype")),
                reminder == null ? null : reminder.truncatedTo(ChronoUnit.SECONDS),
                SalesforceReferences.isWhoId(record.string("WhoId")) ? record.string("WhoId") : null,
                record.string("WhatId"));
    }

    /** The field's text as TaskSync can store it, noting the field when characters had to be replaced. */
    private static String storable(SObject record, String field, Set<String> replaced) {
        var value = record.string(field);
        var stored = Text.storable(value);
        if (stored != value) {
            replaced.add(field);
        }
        return stored;
    }

    static TaskPriority priority(String value) {
        if ("High".equalsIgnoreCase(value)) {
            return TaskPriority.HIGH;
        }
        return "Low".equalsIgnoreCase(value) ? TaskPriority.LOW : TaskPriority.NORMAL;
    }

    static TaskType type(String type, String subtype) {
        if (type != null) {
            switch (type) {
                case "Call": return TaskType.CALL;
                case "Email": return TaskType.EMAIL;
                case "Other", "Meeting": return TaskType.OTHER;
                default: break;
            }
        }
        if (subtype == null) {
            return TaskType.TODO;
        }
        return switch (subtype) {
            case "Call" -> TaskType.CALL;
            case "Email", "ListEmail" -> TaskType.EMAIL;
            case "LinkedIn" -> TaskType.LINKEDIN;
            default -> TaskType.TODO;
        };
    }
}
