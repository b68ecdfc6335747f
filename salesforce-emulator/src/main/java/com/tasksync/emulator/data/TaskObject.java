package com.tasksync.emulator.data;

import com.tasksync.emulator.org.OrgSettings;
import com.tasksync.emulator.schema.SObjectType;
import com.tasksync.emulator.schema.FieldType;
import com.tasksync.emulator.schema.FieldDef;
import static com.tasksync.emulator.data.FieldBuilder.bool;
import static com.tasksync.emulator.data.FieldBuilder.of;
import static com.tasksync.emulator.data.FieldBuilder.picklist;
import static com.tasksync.emulator.data.FieldBuilder.reference;
import static com.tasksync.emulator.data.FieldBuilder.text;

import java.util.List;

/**
 * The Task sObject: the fields TaskSync maps, the system and derived fields around them, and the
 * org's task status values (the TaskStatus rows behind the Status picklist).
 */
public final class TaskObject {

    /** One TaskStatus row: its label (also the API name), whether it closes a task, whether it is the default. */
    public record Status(String label, boolean closed, boolean isDefault) {
    }

    /** The org's standard status values ({@link OrgSettings#TASK_STATUSES}) with "Not Started" as the default. */
    public static final List<Status> DEFAULT_STATUSES = statuses(OrgSettings.defaults().defaultTaskStatus());

    public static final String EXTERNAL_ID_FIELD = "TaskSync_Id__c";

    /** The standard status values with {@code defaultOpen}, one of the open ones, as the default. */
    public static List<Status> statuses(String defaultOpen) {
        if (!OrgSettings.OPEN_TASK_STATUSES.contains(defaultOpen)) {
            throw new IllegalArgumentException("not an open task status: " + defaultOpen);
        }
        return OrgSettings.TASK_STATUSES.stream()
                .map(s -> new Status(s.label(), s.closed(), s.label().equals(defaultOpen))).toList();
    }

    private TaskObject() {
    }

    /** The Task type with the given status values, with or without the external ID field {@value #EXTERNAL_ID_FIELD}. */
    public static SObjectType type(List<Status> statuses, boolean withExternalIdField) {
        List<FieldDef> f = StandardObjects.system(true);
        String defaultStatus = statuses.stream().filter(Status::isDefault).map(Status::label).findFirst().orElseThrow();
        f.add(reference("OwnerId", "Owner", "User").label("Assigned To ID").required().build());
        f.add(of("Subject", FieldType.COMBOBOX).label("Subject").length(255)
                .values("Call", "Send Letter", "Send Quote", "Other").build());
        f.add(of("ActivityDate", FieldType.DATE).label("Due Date Only").build());
        f.add(picklist("Status", statuses.stream().map(Status::label).toArray(String[]::new)).label("Status").length(40)
                .required().restricted().defaultValue(defaultStatus).build());
        f.add(picklist("Priority", "High", "Normal", "Low").label("Priority").length(40).required()
                .defaultValue("Normal").build());
        f.add(bool("IsHighPriority").label("High Priority").readOnly().build());
        f.add(of("Description", FieldType.TEXTAREA).label("Description").length(32000).build());
        f.add(reference("WhoId", "Who", "Contact", "Lead").label("Name ID").build());
        f.add(reference("WhatId", "What", "Account", "Opportunity").label("Related To ID").build());
        f.add(reference("AccountId", "Account", "Account").label("Account ID").readOnly().build());
        f.add(bool("IsClosed").label("Closed").readOnly().build());
        f.add(bool("IsArchived").label("Archived").readOnly().build());
        f.add(picklist("TaskSubtype", "Task", "Email", "ListEmail", "Cadence", "Call", "LinkedIn")
                .label("Task Subtype").length(40).restricted().createOnly().build());
        f.add(picklist("Type", "Call", "Email", "Meeting", "Other").label("Type").length(40).build());
        f.add(of("CompletedDateTime", FieldType.DATETIME).label("Completed Date").readOnly().build());
        f.add(of("ReminderDateTime", FieldType.DATETIME).label("Reminder Date/Time").build());
        f.add(bool("IsReminderSet").label("Reminder Set").build());
        f.add(picklist("CallType", "Internal", "Inbound", "Outbound").label("Call Type").length(40).restricted().build());
        f.add(of("CallDurationInSeconds", FieldType.INT).label("Call Duration").build());
        f.add(text("CallDisposition", 255).label("Call Result").build());
        f.add(text("CallObject", 255).label("Call Object Identifier").build());
        f.add(bool("IsRecurrence").label("Create Recurring Series of Tasks").createOnly().build());
        if (withExternalIdField) {
            f.add(text(EXTERNAL_ID_FIELD, 64).label("TaskSync Id").externalId(true).build());
        }
        return new SObjectType("Task", "Task", "Tasks", "00T", false, f);
    }
}
