package com.tasksync.torture.check;

import com.tasksync.torture.http.Json;
import com.tasksync.torture.model.Side;
import com.tasksync.torture.model.Slot;
import com.tasksync.torture.model.SyncSwitches;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Every task is where it belongs: each live Salesforce task (but those older than the import
 * window) is in TaskSync, each TaskSync task made while sync was on is in Salesforce, tasks made
 * while sync was off never are (no back-push), and old Salesforce tasks are never imported.
 * Existence after deletes and restores is left to {@link DeleteCheck}.
 */
final class PresenceCheck {

    private PresenceCheck() {
    }

    static void check(Evidence evidence, Findings findings) {
        var sides = evidence.sides();
        var ledger = evidence.ledger();
        for (var record : sides.records()) {
            var id = record.path("Id").asString();
            var slot = sides.slotOfRecord(id);
            if (!Sides.liveRecord(record) || evidence.setAside().contains(id) || slot.map(PresenceCheck::old).orElse(false)) {
                continue;
            }
            var linked = sides.tasksLinkedTo(id);
            if (linked.isEmpty()) {
                findings.violation("missing-in-tasksync", slotName(slot) + Sides.describeRecord(record)
                        + " is live in Salesforce but not in TaskSync");
            } else if (linked.stream().noneMatch(Sides::live) && !hasLifecycle(slot)) {
                findings.violation("existence-mismatch", Sides.describeRecord(record) + " is live in Salesforce but "
                        + Sides.describeTask(linked.get(0)));
            }
        }
        for (var slot : ledger.slots()) {
            if (old(slot) && slot.salesforceId() != null && !sides.tasksLinkedTo(slot.salesforceId()).isEmpty()) {
                findings.violation("old-task-imported", slot.describe() + " was last changed more than 24 hours before "
                        + "the first enable but was imported: " + Sides.describeTask(sides.tasksLinkedTo(slot.salesforceId()).get(0)));
            }
            if (slot.origin() == Side.TASKSYNC && slot.taskSyncId() != null && createdWhile(evidence, slot) == SyncSwitches.State.OFF) {
                var task = sides.task(slot.taskSyncId());
                var pushed = !sides.recordsNaming(slot.taskSyncId()).isEmpty()
                        || task.map(t -> Json.text(t, "salesforceId") != null).orElse(false);
                if (pushed) {
                    findings.violation("back-push", slot.describe() + " was made while sync was off (or before the "
                            + "first enable) but reached Salesforce: " + sides.recordsNaming(slot.taskSyncId()).stream()
                            .map(Sides::describeRecord).toList());
                }
            }
        }
        sides.tasks().stream().filter(Sides::live).forEach(task -> liveTask(evidence, sides, task, findings));
    }

    private static void liveTask(Evidence evidence, Sides sides, JsonNode task, Findings findings) {
        var id = task.path("id").asString();
        var slot = sides.slotOfTask(id);
        var salesforceId = Json.text(task, "salesforceId");
        if (salesforceId != null) {
            var record = sides.record(salesforceId);
            var madeHere = slot.map(s -> s.origin() == Side.TASKSYNC).orElse(false);
            if (madeHere && record.isPresent() && !id.equals(Json.text(record.get(), "TaskSync_Id__c"))) {
                findings.violation("wrong-external-id", slotName(slot) + Sides.describeTask(task) + " is linked to "
                        + Sides.describeRecord(record.get()) + ", whose TaskSync_Id__c does not name it");
            }
            if (record.map(Sides::liveRecord).orElse(false) || hasLifecycle(slot) || evidence.setAside().contains(salesforceId)) {
                return;
            }
            findings.violation("existence-mismatch", slotName(slot) + Sides.describeTask(task) + " is live but "
                    + record.map(Sides::describeRecord).orElse("Salesforce task " + salesforceId + " does not exist"));
            return;
        }
        var shouldSync = slot.map(s -> s.origin() == Side.TASKSYNC && createdWhile(evidence, s) == SyncSwitches.State.ON)
                .orElse(!"local".equals(Json.text(task, "syncState")));
        if (shouldSync) {
            var naming = sides.recordsNaming(id);
            findings.violation("missing-in-salesforce", slotName(slot) + Sides.describeTask(task)
                    + " was made while sync was on but is linked to no Salesforce task"
                    + (naming.isEmpty() ? "" : ", though " + naming.stream().map(Sides::describeRecord).toList()
                            + " names it")
                    + slot.filter(s -> !s.lifecycle().isEmpty()).map(s -> "; deletes and restores: " + s.lifecycle()
                            .stream().map(com.tasksync.torture.model.LifecycleEvent::describe).toList()).orElse("")
                    + slot.map(s -> "; created: sent " + s.createSentAt() + " answered " + s.createDoneAt()).orElse("")
                    + "; switches: " + evidence.ledger().switches().describe());
        }
    }

    static SyncSwitches.State createdWhile(Evidence evidence, Slot slot) {
        if (slot.kind() == Slot.Kind.LOCAL_BEFORE_ENABLE) {
            return SyncSwitches.State.OFF;
        }
        if (slot.created() != Slot.Created.CREATED) {
            return SyncSwitches.State.UNCLEAR;
        }
        return evidence.ledger().switches().during(slot.createSentAt(), slot.createDoneAt());
    }

    private static boolean old(Slot slot) {
        return slot.kind() == Slot.Kind.OLD_IN_SALESFORCE;
    }

    private static boolean hasLifecycle(Optional<Slot> slot) {
        return slot.map(s -> !s.lifecycle().isEmpty()).orElse(false);
    }

    private static String slotName(Optional<Slot> slot) {
        return slot.map(s -> Slot.tag(s.number()) + " ").orElse("");
    }
}
