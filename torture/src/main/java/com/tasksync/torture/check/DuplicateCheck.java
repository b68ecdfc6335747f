package com.tasksync.torture.check;

import com.tasksync.torture.http.Json;
import java.util.stream.Collectors;

/**
 * No duplicate on either side: no two live Salesforce tasks name the same TaskSync task, no two
 * TaskSync tasks link the same Salesforce task, and a Salesforce task made for a TaskSync task
 * is never imported as a second one.
 */
final class DuplicateCheck {

    private DuplicateCheck() {
    }

    static void check(Evidence evidence, Findings findings) {
        var sides = evidence.sides();
        sides.tasks().stream().map(task -> task.path("id").asString()).forEach(id -> {
            var live = sides.recordsNaming(id).stream().filter(Sides::liveRecord).toList();
            if (live.size() > 1) {
                findings.violation("duplicate-in-salesforce", slotName(sides, id) + " TaskSync task " + id + " has "
                        + live.size() + " live Salesforce tasks: "
                        + live.stream().map(Sides::describeRecord).collect(Collectors.joining("; ")));
            }
        });
        sides.records().forEach(record -> {
            var salesforceId = record.path("Id").asString();
            var linked = sides.tasksLinkedTo(salesforceId);
            if (linked.size() > 1) {
                findings.violation("duplicate-in-tasksync", "Salesforce task " + salesforceId + " is linked from "
                        + linked.size() + " TaskSync tasks: "
                        + linked.stream().map(Sides::describeTask).collect(Collectors.joining("; ")));
            }
            var madeFor = Json.text(record, "TaskSync_Id__c");
            if (madeFor != null && sides.task(madeFor).isPresent()) {
                linked.stream().filter(task -> !task.path("id").asString().equals(madeFor)).forEach(copy ->
                        findings.violation("duplicate-in-tasksync", Sides.describeRecord(record) + " was made for "
                                + Sides.describeTask(sides.task(madeFor).get()) + " but came back as a second task: "
                                + Sides.describeTask(copy)));
            }
        });
    }

    private static String slotName(Sides sides, String taskSyncId) {
        return sides.slotOfTask(taskSyncId).map(slot -> com.tasksync.torture.model.Slot.tag(slot.number())).orElse("");
    }
}
