package com.tasksync.mapping;

import com.tasksync.task.TaskFields;
import java.time.temporal.ChronoUnit;

/**
 * A TaskSync task's fields as a Salesforce Task can hold them: reminders to the second, and
 * who/what only where they are Salesforce ids of the right kind (other text stays local). The
 * merge and echo checks compare tasks in this shape, so a value Salesforce cannot hold never
 * looks like a change.
 */
public final class SalesforceShape {

    private SalesforceShape() {
    }

    public static TaskFields of(TaskFields fields) {
        return new TaskFields(
                Text.cut(fields.subject(), TaskFields.SUBJECT_MAX),
                Text.cut(fields.description(), TaskFields.DESCRIPTION_MAX),
                fields.dueDate(),
                fields.status(),
                fields.priority(),
                fields.type(),
                fields.reminderAt() == null ? null : fields.reminderAt().truncatedTo(ChronoUnit.SECONDS),
                SalesforceReferences.isWhoId(fields.who()) ? fields.who() : null,
                SalesforceReferences.isWhatId(fields.what()) ? fields.what() : null);
    }
}
