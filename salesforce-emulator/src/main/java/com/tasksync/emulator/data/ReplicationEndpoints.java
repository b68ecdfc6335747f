package com.tasksync.emulator.data;

import com.tasksync.emulator.schema.SObjectType;
import com.tasksync.emulator.http.Access;
import com.tasksync.emulator.http.ApiException;
import com.tasksync.emulator.http.Json;
import com.tasksync.emulator.http.Request;
import com.tasksync.emulator.http.Response;
import com.tasksync.emulator.http.Router;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Map;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The replication resources, sObject Get Updated and Get Deleted. Bounds lose their seconds;
 * start must precede end (for deleted, by more than a minute); updated reaches back 30 days and
 * deleted 15 days before the day of the call; updated keys on SystemModstamp, deleted on the time
 * of deletion, and a window that reaches into purged deletions is refused. Both list only records
 * the caller may see.
 */
final class ReplicationEndpoints {

    static final int UPDATED_DAYS = 30;
    static final int DELETED_DAYS = 15;
    static final int MAX_IDS = 600_000;

    private ReplicationEndpoints() {
    }

    private record Window(Instant start, Instant end, Instant covered) {
    }

    static void register(Router router) {
        router.get("/services/data/{version}/sobjects/{type}/updated", Access.DATA_API, ReplicationEndpoints::updated);
        router.get("/services/data/{version}/sobjects/{type}/deleted", Access.DATA_API, ReplicationEndpoints::deleted);
    }

    private static Response updated(Request r) {
        Call call = Call.of(r);
        SObjectType type = replicateable(call, r.pathVariable("type"));
        Window w = window(call, r, UPDATED_DAYS, Duration.ZERO);
        ObjectNode body = call.data().read(() -> {
            TypeStore store = call.data().store(type);
            Collection<String> ids = store.updatedBetween(w.start(), w.covered());
            if (!call.access().readsAll(type)) {
                ids = ids.stream().filter(id -> call.access().canRead(type, store.get(id))).toList();
            }
            if (ids.size() > MAX_IDS) {
                throw ApiException.badRequest("EXCEEDED_ID_LIMIT", "More than " + MAX_IDS + " ids in the result");
            }
            ObjectNode o = Json.object();
            ArrayNode list = o.putArray("ids");
            ids.forEach(list::add);
            o.put("latestDateCovered", FieldValues.format(w.covered()));
            return o;
        });
        return Response.json(200, body);
    }

    private static Response deleted(Request r) {
        Call call = Call.of(r);
        SObjectType type = replicateable(call, r.pathVariable("type"));
        Window w = window(call, r, DELETED_DAYS, Duration.ofMinutes(1));
        ObjectNode body = call.data().read(() -> {
            TypeStore store = call.data().store(type);
            Instant purged = store.lastPurged();
            if (purged != null && w.start().isBefore(purged)) {
                throw ApiException.badRequest("INVALID_REPLICATION_DATE", "startDate is before earliestDateAvailable "
                        + FieldValues.format(purged.truncatedTo(ChronoUnit.MINUTES)) + "; resynchronize the data");
            }
            Map<Long, String> deleted = store.deletedBetween(w.start(), w.covered());
            if (!call.access().readsAll(type)) {
                Map<Long, String> visible = new java.util.LinkedHashMap<>();
                deleted.forEach((at, id) -> {
                    if (call.access().canRead(type, store.get(id))) {
                        visible.put(at, id);
                    }
                });
                deleted = visible;
            }
            if (deleted.size() > MAX_IDS) {
                throw ApiException.badRequest("EXCEEDED_ID_LIMIT", "More than " + MAX_IDS + " ids in the result");
            }
            ObjectNode o = Json.object();
            ArrayNode list = o.putArray("deletedRecords");
            deleted.forEach((at, id) -> {
                ObjectNode item = list.addObject();
                item.put("id", id);
                item.put("deletedDate", FieldValues.format(Instant.ofEpochMilli(at)));
            });
            Instant earliest = purged != null ? purged : call.data().org().createdDate();
            o.put("earliestDateAvailable", FieldValues.format(earliest.truncatedTo(ChronoUnit.MINUTES)));
            o.put("latestDateCovered", FieldValues.format(w.covered()));
            return o;
        });
        return Response.json(200, body);
    }

    private static SObjectType replicateable(Call call, String name) {
        SObjectType type = call.type(name);
        if (!call.data().traits(type).replicateable()) {
            throw ApiException.badRequest("INVALID_TYPE_FOR_OPERATION",
                    "entity type " + type.name() + " does not support getUpdated or getDeleted");
        }
        return type;
    }

    private static Window window(Call call, Request r, int maxDays, Duration minimumSpan) {
        Instant start = parse(r.query("start"), "start");
        Instant end = parse(r.query("end"), "end");
        Instant now = call.data().clock().now();
        if (!start.isBefore(end) || Duration.between(start, end).compareTo(minimumSpan) <= 0 && !minimumSpan.isZero()) {
            throw ApiException.badRequest("INVALID_REPLICATION_DATE", minimumSpan.isZero()
                    ? "startDate must chronologically precede endDate"
                    : "startDate must chronologically precede endDate by more than one minute");
        }
        Instant earliest = now.truncatedTo(ChronoUnit.DAYS).minus(Duration.ofDays(maxDays));
        if (start.isBefore(earliest)) {
            throw ApiException.badRequest("INVALID_REPLICATION_DATE", "startDate cannot be more than " + maxDays
                    + " days ago");
        }
        Instant nowMinute = now.truncatedTo(ChronoUnit.MINUTES);
        if (start.isAfter(nowMinute)) {
            throw ApiException.badRequest("INVALID_REPLICATION_DATE", "startDate cannot be in the future");
        }
        Instant covered = end.isAfter(nowMinute) ? nowMinute : end;
        return new Window(start, end, covered);
    }

    private static Instant parse(String text, String name) {
        if (text == null || text.isBlank()) {
            throw ApiException.badRequest("MISSING_ARGUMENT", "Missing required parameter: " + name);
        }
        try {
            return FieldValues.datetime(text.trim().replace(' ', '+')).truncatedTo(ChronoUnit.MINUTES);
        } catch (RuntimeException e) {
            throw ApiException.badRequest("INVALID_REPLICATION_DATE", "Unable to parse " + name + " date: " + text);
        }
    }
}
