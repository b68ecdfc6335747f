package com.tasksync.emulator.data;

import com.tasksync.emulator.schema.SObjectType;
import java.time.Instant;
import java.util.Map;

/**
 * Fields Salesforce computes on every write: a task's IsClosed from its Status (TaskStatus),
 * CompletedDateTime when it closes, IsHighPriority, and AccountId from WhatId or WhoId; a
 * contact's or lead's Name; an opportunity's IsClosed.
 */
final class Derived {

    private Derived() {
    }

    static void apply(OrgData data, SObjectType type, Row before, Map<String, Object> values, Instant writeTime) {
        switch (type.name()) {
            case "Task" -> task(data, before, values, writeTime);
            case "Contact", "Lead" -> values.put("Name", name(values));
            case "Opportunity" -> {
                Object stage = values.get("StageName");
                values.put("IsClosed", stage != null && stage.toString().startsWith("Closed"));
            }
            default -> {
            }
        }
    }

    private static void task(OrgData data, Row before, Map<String, Object> values, Instant writeTime) {
        TaskObject.Status status = data.status((String) values.get("Status"));
        boolean closed = status != null && status.closed();
        boolean wasClosed = before != null && Boolean.TRUE.equals(before.get("IsClosed"));
        values.put("IsClosed", closed);
        if (closed && !wasClosed) {
            values.put("CompletedDateTime", writeTime);
        } else if (!closed) {
            values.put("CompletedDateTime", null);
        }
        values.put("IsHighPriority", "High".equals(values.get("Priority")));
        values.put("AccountId", account(data, (String) values.get("WhatId"), (String) values.get("WhoId")));
    }

    private static String account(OrgData data, String whatId, String whoId) {
        if (whatId != null) {
            if (whatId.startsWith("001")) {
                return whatId;
            }
            Row what = data.find(whatId);
            if (what != null && what.get("AccountId") != null) {
                return (String) what.get("AccountId");
            }
            return null;
        }
        if (whoId != null && whoId.startsWith("003")) {
            Row who = data.find(whoId);
            return who == null ? null : (String) who.get("AccountId");
        }
        return null;
    }

    private static String name(Map<String, Object> values) {
        Object first = values.get("FirstName");
        Object last = values.get("LastName");
        if (first == null || first.toString().isBlank()) {
            return last == null ? null : last.toString();
        }
        return first + (last == null ? "" : " " + last);
    }
}
