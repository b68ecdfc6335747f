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

    /**
     * The base to merge {@code salesforce} against: {@code lastSynced}, except that a field whose Salesforce
     * value is one that we sent in a write whose answer never came ({@code unconfirmed}) counts as
     * unchanged in Salesforce, since that value is our own write. Without it, a record holding an older
     * write of ours would read as a Salesforce edit and undo the rep's later one.
     */
    public static TaskFields baseFor(TaskFields lastSynced, java.util.List<TaskFields> unconfirmed,
            TaskFields salesforce) {
        if (lastSynced == null || unconfirmed.isEmpty()) {
            return lastSynced;
        }
        var remote = SalesforceShape.of(salesforce);
        var ours = unconfirmed.stream().map(SalesforceShape::of).toList();
        var echoed = java.util.EnumSet.noneOf(TaskField.class);
        for (var field : TaskField.values()) {
            if (ours.stream().anyMatch(sent -> !field.differs(sent, remote))) {
                echoed.add(field);
            }
        }
        return ThreeWayMerge.take(SalesforceShape.of(lastSynced), remote, echoed);
    }
}
