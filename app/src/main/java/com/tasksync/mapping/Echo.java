package com.tasksync.mapping;

import com.tasksync.task.TaskFields;

/**
 * Recognises changes that carry nothing new: a Salesforce version equal to the last synced one
 * (often our own write coming back) is not applied, and a TaskSync version equal to it is not sent.
 */
public final class Echo {

    private Echo() {
    }

    public static boolean isEcho(TaskFields changed, TaskFields lastSynced) {
        return lastSynced != null && SalesforceShape.of(changed).equals(SalesforceShape.of(lastSynced));
    }
}
