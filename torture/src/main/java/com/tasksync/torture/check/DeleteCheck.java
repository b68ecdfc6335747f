package com.tasksync.torture.check;

import com.tasksync.torture.http.Json;
import com.tasksync.torture.model.LifecycleEvent;
import com.tasksync.torture.model.Slot;
import java.util.Comparator;
import java.util.stream.Collectors;

/**
 * Deletes and restores end the same on both sides. An acknowledged delete (either side) that no
 * restore followed must leave the task gone on both sides, TaskSync's copy in Trash: no
 * resurrected delete. Otherwise both sides must at least agree whether the task is live; a task
 * restored from Trash that stays without its Salesforce task is reported on its own.
 */
final class DeleteCheck {

    private DeleteCheck() {
    }

    static void check(Evidence evidence, Findings findings) {
        var sides = evidence.sides();
        for (var slot : evidence.ledger().slots()) {
            var events = slot.lifecycle();
            if (events.isEmpty()) {
                continue;
            }
            var task = sides.task(slot.taskSyncId());
            var liveInTaskSync = task.map(Sides::live).orElse(false);
            var records = sides.record(slot.salesforceId()).stream().toList();
            if (slot.taskSyncId() != null) {
                records = java.util.stream.Stream.concat(records.stream(), sides.recordsNaming(slot.taskSyncId()).stream())
                        .distinct().toList();
            }
            var liveRecords = records.stream().filter(Sides::liveRecord).toList();
            var history = events.stream().map(LifecycleEvent::describe).collect(Collectors.joining("; "));
            var lastDelete = events.stream().filter(e -> e.kind() == LifecycleEvent.Kind.DELETE && e.certain())
                    .max(Comparator.comparing(LifecycleEvent::doneAt));
            var sticky = lastDelete.filter(delete -> events.stream()
                    .filter(e -> e.kind() == LifecycleEvent.Kind.RESTORE).allMatch(delete::after));
            if (sticky.isPresent()) {
                if (liveInTaskSync) {
                    findings.violation("resurrected-delete", Slot.tag(slot.number()) + " was deleted (" + history
                            + ") but is live again: " + Sides.describeTask(task.get()));
                }
                liveRecords.forEach(record -> findings.violation("resurrected-delete", Slot.tag(slot.number())
                        + " was deleted (" + history + ") but is live again: " + Sides.describeRecord(record)));
                continue;
            }
            var linked = slot.salesforceId() != null || task.map(t -> Json.text(t, "salesforceId") != null).orElse(false);
            if (!linked || task.isEmpty() || liveInTaskSync == !liveRecords.isEmpty()) {
                continue;
            }
            var lastIsRestore = events.get(events.size() - 1).kind() == LifecycleEvent.Kind.RESTORE;
            var kind = liveInTaskSync && lastIsRestore ? "restored-not-in-salesforce" : "existence-mismatch";
            findings.violation(kind, Slot.tag(slot.number()) + " is " + (liveInTaskSync ? "live" : "in Trash")
                    + " in TaskSync but " + (liveRecords.isEmpty() ? "deleted" : "live") + " in Salesforce ("
                    + Sides.describeTask(task.get()) + "; " + records.stream().map(Sides::describeRecord).toList()
                    + "); history: " + history);
        }
    }
}
