package com.tasksync.torture.check;

import com.tasksync.torture.http.Json;
import com.tasksync.torture.model.Ledger;
import com.tasksync.torture.model.Slot;
import com.tasksync.torture.model.Values;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** A snapshot indexed for the checks: tasks and records by id and by the other side's id, and their slots. */
final class Sides {

    private final Map<String, JsonNode> tasks = new HashMap<>();
    private final Map<String, JsonNode> records = new HashMap<>();
    private final Map<String, List<JsonNode>> tasksBySalesforceId = new HashMap<>();
    private final Map<String, List<JsonNode>> recordsByTaskSyncId = new HashMap<>();
    private final Map<String, Slot> slotsByTaskSyncId = new HashMap<>();
    private final Map<String, Slot> slotsBySalesforceId = new HashMap<>();

    Sides(Snapshot snapshot, Ledger ledger) {
        for (var task : snapshot.tasks()) {
            tasks.put(task.path("id").asString(), task);
            var salesforceId = Json.text(task, "salesforceId");
            if (salesforceId != null) {
                tasksBySalesforceId.computeIfAbsent(salesforceId, id -> new ArrayList<>()).add(task);
            }
        }
        for (var record : snapshot.records()) {
            records.put(record.path("Id").asString(), record);
            var taskSyncId = Json.text(record, "TaskSync_Id__c");
            if (taskSyncId != null) {
                recordsByTaskSyncId.computeIfAbsent(taskSyncId, id -> new ArrayList<>()).add(record);
            }
        }
        for (var slot : ledger.slots()) {
            if (slot.taskSyncId() != null) {
                slotsByTaskSyncId.put(slot.taskSyncId(), slot);
            }
            if (slot.salesforceId() != null) {
                slotsBySalesforceId.put(slot.salesforceId(), slot);
            }
        }
    }

    static boolean live(JsonNode task) {
        return Json.text(task, "deletedAt") == null;
    }

    static boolean liveRecord(JsonNode record) {
        return !record.path("IsDeleted").asBoolean(false);
    }

    Optional<JsonNode> task(String id) {
        return Optional.ofNullable(id == null ? null : tasks.get(id));
    }

    Optional<JsonNode> record(String id) {
        return Optional.ofNullable(id == null ? null : records.get(id));
    }

    List<JsonNode> tasks() {
        return List.copyOf(tasks.values());
    }

    List<JsonNode> records() {
        return List.copyOf(records.values());
    }

    List<JsonNode> tasksLinkedTo(String salesforceId) {
        return tasksBySalesforceId.getOrDefault(salesforceId, List.of());
    }

    List<JsonNode> recordsNaming(String taskSyncId) {
        return recordsByTaskSyncId.getOrDefault(taskSyncId, List.of());
    }

    Optional<Slot> slotOfTask(String taskSyncId) {
        return Optional.ofNullable(slotsByTaskSyncId.get(taskSyncId));
    }

    Optional<Slot> slotOfRecord(String salesforceId) {
        return Optional.ofNullable(slotsBySalesforceId.get(salesforceId));
    }

    static String describeTask(JsonNode task) {
        return "TaskSync task " + task.path("id").asString() + " " + Values.show(Json.text(task, "subject"))
                + (live(task) ? "" : " (in Trash)") + " syncState=" + Json.text(task, "syncState")
                + " salesforceId=" + Json.text(task, "salesforceId");
    }

    static String describeRecord(JsonNode record) {
        return "Salesforce task " + record.path("Id").asString() + " " + Values.show(Json.text(record, "Subject"))
                + (liveRecord(record) ? "" : " (deleted)") + " TaskSync_Id__c=" + Json.text(record, "TaskSync_Id__c");
    }
}
