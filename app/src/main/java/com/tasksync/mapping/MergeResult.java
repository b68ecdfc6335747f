package com.tasksync.mapping;

import com.tasksync.task.TaskFields;
import java.util.List;
import java.util.Set;

/**
 * The outcome of a three-way merge: the merged fields (the new last synced version), the fields
 * Salesforce must be sent, the fields TaskSync must take, and the conflicts to log.
 */
public record MergeResult(TaskFields merged, Set<TaskField> toSalesforce, Set<TaskField> toTaskSync,
        List<FieldConflict> conflicts) {

    public MergeResult {
        toSalesforce = Set.copyOf(toSalesforce);
        toTaskSync = Set.copyOf(toTaskSync);
        conflicts = List.copyOf(conflicts);
    }

    public boolean quiet() {
        return toSalesforce.isEmpty() && toTaskSync.isEmpty();
    }
}
