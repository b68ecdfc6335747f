package com.tasksync.mapping;

import com.tasksync.mapping.FieldConflict.Side;
import com.tasksync.task.TaskFields;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;

/**
 * Merges a TaskSync task and a Salesforce task field by field against their last synced version:
 * a field changed on one side takes that side's value; changed on both sides to different values,
 * the later change wins and a tie goes to Salesforce. With no last synced version every differing
 * field counts as changed on both sides. Both sides are compared in {@link SalesforceShape}.
 */
public final class ThreeWayMerge {

    private ThreeWayMerge() {
    }

    public static MergeResult merge(TaskFields lastSynced, TaskFields taskSync, Instant taskSyncChangedAt,
            TaskFields salesforce, Instant salesforceChangedAt) {
        var local = SalesforceShape.of(taskSync);
        var remote = SalesforceShape.of(salesforce);
        var base = lastSynced == null ? null : SalesforceShape.of(lastSynced);
        var localWinsTie = taskSyncChangedAt != null && salesforceChangedAt != null
                && taskSyncChangedAt.isAfter(salesforceChangedAt);
        var merged = new EnumMap<TaskField, Object>(TaskField.class);
        var toSalesforce = EnumSet.noneOf(TaskField.class);
        var toTaskSync = EnumSet.noneOf(TaskField.class);
        var conflicts = new ArrayList<FieldConflict>();
        for (var field : TaskField.values()) {
            var localChanged = base == null || field.differs(base, local);
            var remoteChanged = base == null || field.differs(base, remote);
            var takeLocal = localChanged && (!remoteChanged || localWinsTie);
            if (localChanged && remoteChanged && field.differs(local, remote)) {
                conflicts.add(new FieldConflict(field, field.of(local), field.of(remote),
                        takeLocal ? Side.TASKSYNC : Side.SALESFORCE));
            }
            var value = takeLocal ? field.of(local) : field.of(remote);
            merged.put(field, value);
            if (takeLocal && field.differs(local, remote)) {
                toSalesforce.add(field);
            }
            if (!takeLocal && field.differs(local, remote)) {
                toTaskSync.add(field);
            }
        }
        return new MergeResult(fieldsOf(merged), toSalesforce, toTaskSync, conflicts);
    }

    /** The fields changed in TaskSync since the last synced version: what an outbound update sends. */
    public static EnumSet<TaskField> changedSince(TaskFields lastSynced, TaskFields taskSync) {
        var changed = EnumSet.noneOf(TaskField.class);
        var local = SalesforceShape.of(taskSync);
        var base = lastSynced == null ? null : SalesforceShape.of(lastSynced);
        for (var field : TaskField.values()) {
            if (base == null || field.differs(base, local)) {
                changed.add(field);
            }
        }
        return changed;
    }

    /** {@code target} with the given fields taken from {@code from}: how one side takes the merge's values. */
    public static TaskFields take(TaskFields target, TaskFields from, java.util.Set<TaskField> fields) {
        var values = new EnumMap<TaskField, Object>(TaskField.class);
        for (var field : TaskField.values()) {
            values.put(field, fields.contains(field) ? field.of(from) : field.of(target));
        }
        return fieldsOf(values);
    }

    static TaskFields fieldsOf(Map<TaskField, Object> values) {
        return new TaskFields(
                (String) values.get(TaskField.SUBJECT),
                (String) values.get(TaskField.DESCRIPTION),
                (java.time.LocalDate) values.get(TaskField.DUE_DATE),
                (com.tasksync.task.TaskStatus) values.get(TaskField.STATUS),
                (com.tasksync.task.TaskPriority) values.get(TaskField.PRIORITY),
                (com.tasksync.task.TaskType) values.get(TaskField.TYPE),
                (Instant) values.get(TaskField.REMINDER_AT),
                (String) values.get(TaskField.WHO),
                (String) values.get(TaskField.WHAT));
    }
}
