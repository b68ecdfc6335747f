package com.tasksync.torture.check;

import com.tasksync.torture.http.Json;
import com.tasksync.torture.model.Field;
import com.tasksync.torture.model.SalesforceView;
import com.tasksync.torture.model.Side;
import com.tasksync.torture.model.Slot;
import com.tasksync.torture.model.TaskSyncView;
import com.tasksync.torture.model.TaskValues;
import com.tasksync.torture.model.Values;

/**
 * Every acknowledged write stays: each field of each task the harness made ends with a value
 * its writes allow (see {@link Allowed}), checked on TaskSync's side when the task is live there,
 * else on Salesforce's. Two documented limits are reported apart: a type that ends as the
 * Salesforce TaskSubtype reads, and an older TaskSync value that won over a Salesforce write made
 * within one poll interval of it.
 */
final class WriteCheck {

    private WriteCheck() {
    }

    static void check(Evidence evidence, Findings findings) {
        var sides = evidence.sides();
        for (var slot : evidence.ledger().slots()) {
            if (slot.created() == Slot.Created.FAILED || slot.created() == Slot.Created.NOT_YET) {
                continue;
            }
            var task = sides.task(slot.taskSyncId()).filter(Sides::live);
            // the slot's own record, or the one the task links to now (a restore in TaskSync after a delete
            // makes a new record)
            var record = sides.record(slot.salesforceId()).filter(Sides::liveRecord)
                    .or(() -> task.map(t -> Json.text(t, "salesforceId")).filter(java.util.Objects::nonNull)
                            .flatMap(sides::record).filter(Sides::liveRecord));
            if (task.isEmpty() && (record.isEmpty() || evidence.setAside().contains(slot.salesforceId()))) {
                continue;
            }
            TaskValues values = task.map(TaskSyncView::of).orElseGet(() -> SalesforceView.of(record.get()));
            var where = task.map(Sides::describeTask).orElseGet(() -> Sides.describeRecord(record.get()));
            for (var field : Field.values()) {
                var allowed = Allowed.of(slot.writes(field), slot.lifecycle());
                if (allowed.permits(values.get(field))) {
                    continue;
                }
                var message = Slot.tag(slot.number()) + " " + field.apiName() + " ends as " + Values.show(values.get(field))
                        + " in " + where + record.map(r -> " (Salesforce: " + Values.show(SalesforceView.of(r).get(field))
                                + ")").orElse("") + "; " + allowed.describe() + history(slot);
                if (field == Field.TYPE && (record.map(r -> FieldCheck.subtypeDecides(r, values.get(field))).orElse(false)
                        || readFromFirstSubtype(slot, values.get(field)))) {
                    findings.knownLimit("type-subtype-limit", message);
                } else if (withinLaterWinsWindow(allowed, values.get(field), evidence.pollWindow())) {
                    findings.knownLimit("later-wins-window", message);
                } else {
                    findings.violation("reverted-write", message);
                }
            }
        }
    }

    /**
     * The same limit once TaskSync has taken the subtype's reading in and written it back as a Type of
     * its own (a restore in TaskSync after a Salesforce delete makes a new record with TaskSync's
     * values): the type is what the TaskSubtype the slot's record was created with reads as, after a
     * TaskSync write of a type that subtype cannot express.
     */
    static boolean readFromFirstSubtype(Slot slot, String value) {
        if (slot.subtype() == null || value == null) {
            return false;
        }
        var subtypeReads = SalesforceView.type(null, slot.subtype());
        return subtypeReads.equals(value) && slot.writes(Field.TYPE).stream()
                .anyMatch(write -> write.side() == Side.TASKSYNC && !write.anyValue()
                        && !subtypeReads.equals(write.value()));
    }

    private static String history(Slot slot) {
        var events = slot.lifecycle();
        return events.isEmpty() ? "" : "; deletes and restores: " + events.stream()
                .map(com.tasksync.torture.model.LifecycleEvent::describe).toList();
    }

    /**
     * The documented limit: an older TaskSync value wins over a newer Salesforce write made
     * within one poll interval of it (the relay sent before a poll saw the Salesforce write).
     */
    static boolean withinLaterWinsWindow(Allowed allowed, String value, java.time.Duration window) {
        return allowed.writes().stream()
                .filter(older -> older.side() == Side.TASKSYNC && java.util.Objects.equals(older.value(), value))
                .anyMatch(older -> allowed.candidates().stream().allMatch(newer -> newer.side() == Side.SALESFORCE
                        && !newer.sentAt().isAfter(older.doneAt().plus(window))));
    }
}
