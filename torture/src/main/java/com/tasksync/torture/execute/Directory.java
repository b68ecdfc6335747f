package com.tasksync.torture.execute;

import com.tasksync.torture.http.Json;
import com.tasksync.torture.model.Ledger;
import com.tasksync.torture.model.Side;
import com.tasksync.torture.model.Slot;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Keeps each slot's ids on both sides up to date from TaskSync's task listing: a task made in
 * TaskSync gets its Salesforce id once sync linked it, a task made in Salesforce gets its TaskSync
 * id once it was imported, and a TaskSync create whose answer was lost is found by its tag (the
 * earliest task carrying it, since a later one would be a copy).
 */
public final class Directory {

    private final Ledger ledger;

    public Directory(Ledger ledger) {
        this.ledger = ledger;
    }

    /** Takes in a listing of every task of the rep, Trash included. */
    public synchronized void refresh(List<JsonNode> tasks) {
        Set<String> known = new HashSet<>();
        ledger.slots().forEach(slot -> {
            if (slot.taskSyncId() != null) {
                known.add(slot.taskSyncId());
            }
        });
        for (var slot : ledger.slots()) {
            if (slot.origin() == Side.TASKSYNC) {
                findLostCreate(slot, tasks, known);
                tasks.stream().filter(task -> task.path("id").asString().equals(slot.taskSyncId()))
                        .map(task -> Json.text(task, "salesforceId")).filter(id -> id != null).findFirst()
                        .ifPresent(slot::salesforceId);
            } else if (slot.salesforceId() != null && slot.taskSyncId() == null) {
                tasks.stream().filter(task -> slot.salesforceId().equals(Json.text(task, "salesforceId")))
                        .map(task -> task.path("id").asString()).findFirst().ifPresent(slot::taskSyncId);
            }
        }
    }

    private static void findLostCreate(Slot slot, List<JsonNode> tasks, Set<String> known) {
        if (slot.taskSyncId() != null || slot.created() != Slot.Created.UNCERTAIN) {
            return;
        }
        var candidates = tasks.stream().filter(task -> !known.contains(task.path("id").asString()))
                .filter(task -> String.valueOf(Json.text(task, "subject")).startsWith(Slot.tag(slot.number()) + " "))
                .min(java.util.Comparator.comparing(task -> task.path("createdAt").asString()));
        candidates.ifPresent(task -> {
            slot.taskSyncId(task.path("id").asString());
            known.add(slot.taskSyncId());
        });
    }
}
