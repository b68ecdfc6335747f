package com.tasksync.emulator.org;

import java.time.Duration;
import java.util.List;

/**
 * What differs between orgs: the daily API allocation, the session timeout, "Set Audit Fields
 * upon Record Creation", the default time zone, and whether Task has the custom external ID field
 * {@code TaskSync_Id__c} (set when the org is made: an org without it is one whose admin never
 * added the field), and the default value of Task's Status picklist (also set when the org is made:
 * the open status an admin chose as default, "Not Started" unless changed).
 */
public record OrgSettings(
        int dailyApiRequests,
        Duration sessionTimeout,
        boolean setAuditFields,
        String timeZoneSidKey,
        boolean taskSyncIdField,
        String defaultTaskStatus) {

    public static OrgSettings defaults() {
        return new OrgSettings(100_000, Duration.ofHours(2), false, "America/Los_Angeles", true, "Not Started");
    }

    public OrgSettings withDailyApiRequests(int value) {
        return new OrgSettings(value, sessionTimeout, setAuditFields, timeZoneSidKey, taskSyncIdField, defaultTaskStatus);
    }

    public OrgSettings withSessionTimeout(Duration value) {
        return new OrgSettings(dailyApiRequests, value, setAuditFields, timeZoneSidKey, taskSyncIdField, defaultTaskStatus);
    }

    public OrgSettings withSetAuditFields(boolean value) {
        return new OrgSettings(dailyApiRequests, sessionTimeout, value, timeZoneSidKey, taskSyncIdField, defaultTaskStatus);
    }

    public OrgSettings withTimeZone(String value) {
        return new OrgSettings(dailyApiRequests, sessionTimeout, setAuditFields, value, taskSyncIdField, defaultTaskStatus);
    }

    public OrgSettings withTaskSyncIdField(boolean value) {
        return new OrgSettings(dailyApiRequests, sessionTimeout, setAuditFields, timeZoneSidKey, value, defaultTaskStatus);
    }

    /** One value of Task's standard Status picklist: its label, and whether a task in it is closed. */
    public record TaskStatusValue(String label, boolean closed) {
    }

    /** Task's standard Status picklist, in the order Salesforce lists it. */
    public static final List<TaskStatusValue> TASK_STATUSES = List.of(
            new TaskStatusValue("Not Started", false),
            new TaskStatusValue("In Progress", false),
            new TaskStatusValue("Completed", true),
            new TaskStatusValue("Waiting on someone else", false),
            new TaskStatusValue("Deferred", false));

    /** The open values of {@link #TASK_STATUSES}, any of which an org's admin may make the default. */
    public static final List<String> OPEN_TASK_STATUSES =
            TASK_STATUSES.stream().filter(s -> !s.closed()).map(TaskStatusValue::label).toList();

    public OrgSettings withDefaultTaskStatus(String value) {
        return new OrgSettings(dailyApiRequests, sessionTimeout, setAuditFields, timeZoneSidKey, taskSyncIdField, value);
    }
}
