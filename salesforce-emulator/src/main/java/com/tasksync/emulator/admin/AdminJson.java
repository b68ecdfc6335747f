package com.tasksync.emulator.admin;

import com.tasksync.emulator.http.ApiException;
import com.tasksync.emulator.http.Json;
import com.tasksync.emulator.http.Request;
import com.tasksync.emulator.org.OrgSettings;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Reads admin request bodies field by field; a wrong field is a 400 that names it. */
public final class AdminJson {

    private AdminJson() {
    }

    public static JsonNode body(Request request) {
        if (request.body().length == 0) {
            return Json.object();
        }
        try {
            JsonNode node = request.json();
            if (!node.isObject()) {
                throw AdminErrors.invalid("body", "expected a JSON object");
            }
            return node;
        } catch (ApiException e) {
            throw AdminErrors.invalid("body", e.getMessage());
        }
    }

    public static String text(JsonNode body, String field, boolean required) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            if (required) {
                throw AdminErrors.invalid(field, "required");
            }
            return null;
        }
        if (!node.isString()) {
            throw AdminErrors.invalid(field, "expected a string");
        }
        return node.asString();
    }

    public static Long number(JsonNode body, String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isIntegralNumber()) {
            throw AdminErrors.invalid(field, "expected a whole number");
        }
        return node.asLong();
    }

    public static Duration duration(JsonNode body, String field) {
        String text = text(body, field, false);
        try {
            return text == null ? null : Duration.parse(text);
        } catch (DateTimeParseException e) {
            throw AdminErrors.invalid(field, "expected an ISO-8601 duration such as PT2H");
        }
    }

    public static List<String> strings(JsonNode body, String field) {
        JsonNode node = body.get(field);
        List<String> out = new ArrayList<>();
        if (node == null || node.isNull()) {
            return out;
        }
        if (!node.isArray()) {
            throw AdminErrors.invalid(field, "expected an array of strings");
        }
        node.forEach(item -> out.add(item.asString()));
        return out;
    }

    /** Applies the fields present in {@code node} to {@code settings}; absent fields keep their value. */
    static OrgSettings settings(JsonNode node, OrgSettings settings) {
        if (node == null || node.isNull()) {
            return settings;
        }
        OrgSettings out = settings;
        Long daily = number(node, "dailyApiRequests");
        if (daily != null) {
            if (daily < 1 || daily > Integer.MAX_VALUE) {
                throw AdminErrors.invalid("dailyApiRequests", "must be a positive whole number");
            }
            out = out.withDailyApiRequests(daily.intValue());
        }
        Duration timeout = duration(node, "sessionTimeout");
        if (timeout != null) {
            out = out.withSessionTimeout(timeout);
        }
        JsonNode audit = node.get("setAuditFields");
        if (audit != null && !audit.isNull()) {
            if (!audit.isBoolean()) {
                throw AdminErrors.invalid("setAuditFields", "expected true or false");
            }
            out = out.withSetAuditFields(audit.asBoolean());
        }
        JsonNode idField = node.get("taskSyncIdField");
        if (idField != null && !idField.isNull()) {
            if (!idField.isBoolean()) {
                throw AdminErrors.invalid("taskSyncIdField", "expected true or false");
            }
            out = out.withTaskSyncIdField(idField.asBoolean());
        }
        String defaultStatus = text(node, "defaultTaskStatus", false);
        if (defaultStatus != null) {
            if (!OrgSettings.OPEN_TASK_STATUSES.contains(defaultStatus)) {
                throw AdminErrors.invalid("defaultTaskStatus",
                        "must be one of the open status values " + OrgSettings.OPEN_TASK_STATUSES);
            }
            out = out.withDefaultTaskStatus(defaultStatus);
        }
        String zone = text(node, "timeZone", false);
        if (zone != null) {
            try {
                java.time.ZoneId.of(zone);
            } catch (java.time.DateTimeException e) {
                throw AdminErrors.invalid("timeZone", "unknown time zone " + zone);
            }
            out = out.withTimeZone(zone);
        }
        return out;
    }

    static ObjectNode settings(OrgSettings settings) {
        ObjectNode node = Json.object();
        node.put("dailyApiRequests", settings.dailyApiRequests());
        node.put("sessionTimeout", settings.sessionTimeout().toString());
        node.put("setAuditFields", settings.setAuditFields());
        node.put("timeZone", settings.timeZoneSidKey());
        node.put("taskSyncIdField", settings.taskSyncIdField());
        node.put("defaultTaskStatus", settings.defaultTaskStatus());
        return node;
    }
}
