package com.tasksync.torture.check;

import com.tasksync.torture.http.Json;
import com.tasksync.torture.model.Field;
import com.tasksync.torture.model.SalesforceView;
import com.tasksync.torture.model.Slot;
import com.tasksync.torture.model.TaskSyncView;
import com.tasksync.torture.model.Values;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * Both sides equal, field by field, for every live task linked to a live Salesforce task, by the
 * documented mapping. A type TaskSync can only express through TaskSubtype (to-do, LinkedIn),
 * changed after the create, is the documented TaskSubtype limit, reported apart.
 */
final class FieldCheck {

    private static final Set<String> TYPES_ONLY_IN_SUBTYPE = Set.of("todo", "linkedin");

    private FieldCheck() {
    }

    static void check(Evidence evidence, Findings findings) {
        var sides = evidence.sides();
        for (var task : sides.tasks()) {
            var salesforceId = Json.text(task, "salesforceId");
            var record = sides.record(salesforceId).orElse(null);
            if (!Sides.live(task) || record == null || !Sides.liveRecord(record)
                    || evidence.setAside().contains(salesforceId)) {
                continue;
            }
            var ours = TaskSyncView.of(task);
            var theirs = SalesforceView.of(record);
            for (var field : Field.values()) {
                if (ours.sameAs(theirs, field)) {
                    continue;
                }
                var slot = sides.slotOfTask(task.path("id").asString());
                var message = slot.map(s -> Slot.tag(s.number()) + " ").orElse("") + field.apiName() + " differs: "
                        + Values.show(ours.get(field)) + " in " + Sides.describeTask(task) + " but "
                        + Values.show(theirs.get(field)) + " in " + Sides.describeRecord(record)
                        + slot.map(s -> "; writes: " + s.writes(field).stream().map(w -> w.describe())
                                .collect(Collectors.joining("; "))).orElse("");
                if (subtypeLimit(field, ours.get(field), record)) {
                    findings.knownLimit("type-subtype-limit", message);
                } else {
                    findings.violation("field-mismatch", message);
                }
            }
        }
    }

    /** The record's type is left to its TaskSubtype, which reads as {@code type}. */
    static boolean subtypeDecides(JsonNode record, String type) {
        return !SalesforceView.typeDecides(Json.text(record, "Type"))
                && SalesforceView.type(null, Json.text(record, "TaskSubtype")).equals(type);
    }

    private static boolean subtypeLimit(Field field, String taskSyncType, JsonNode record) {
        return field == Field.TYPE && TYPES_ONLY_IN_SUBTYPE.contains(taskSyncType)
                && !SalesforceView.typeDecides(Json.text(record, "Type"));
    }
}
