package com.tasksync.torture.model;

import com.tasksync.torture.http.Json;
import java.util.EnumMap;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * A Salesforce Task as TaskSync should read it, following the documented mapping: completed
 * when IsClosed (or, for a written Status, when the status is a closed one); High and Low
 * priorities, any other priority normal; the type from Type (Call, Email, Other or Meeting), else
 * from TaskSubtype; a reminder only while IsReminderSet.
 */
public final class SalesforceView {

    /** Statuses that close a task in the emulator's default org. */
    public static final Set<String> CLOSED_STATUSES = Set.of("Completed");

    private SalesforceView() {
    }

    public static TaskValues of(JsonNode record) {
        var values = new EnumMap<Field, String>(Field.class);
        values.put(Field.SUBJECT, Canonical.subject(Json.text(record, "Subject")));
        values.put(Field.DESCRIPTION, Canonical.description(Json.text(record, "Description")));
        values.put(Field.DUE_DATE, Json.text(record, "ActivityDate"));
        values.put(Field.STATUS, record.path("IsClosed").asBoolean(false) ? "completed" : "open");
        values.put(Field.PRIORITY, priority(Json.text(record, "Priority")));
        values.put(Field.TYPE, type(Json.text(record, "Type"), Json.text(record, "TaskSubtype")));
        values.put(Field.REMINDER, reminder(record));
        return new TaskValues(values);
    }

    public static String status(String status) {
        return CLOSED_STATUSES.contains(status) ? "completed" : "open";
    }

    public static String priority(String priority) {
        if ("High".equalsIgnoreCase(priority)) {
            return "high";
        }
        return "Low".equalsIgnoreCase(priority) ? "low" : "normal";
    }

    /** The type TaskSync reads; null when it depends on a TaskSubtype that is not known. */
    public static String type(String type, String subtype) {
        if (type != null) {
            switch (type) {
                case "Call": return "call";
                case "Email": return "email";
                case "Other", "Meeting": return "other";
                default: break;
            }
        }
        if (subtype == null) {
            return "todo";
        }
        return switch (subtype) {
            case "Call" -> "call";
            case "Email", "ListEmail" -> "email";
            case "LinkedIn" -> "linkedin";
            default -> "todo";
        };
    }

    /** Whether a written Type decides the type by itself, whatever the record's TaskSubtype. */
    public static boolean typeDecides(String type) {
        return type != null && Set.of("Call", "Email", "Other", "Meeting").contains(type);
    }

    static String reminder(JsonNode record) {
        var set = record.path("IsReminderSet").asBoolean(false);
        return set ? Canonical.instant(Json.text(record, "ReminderDateTime")) : null;
    }

    /** The reminder a write of these two fields leaves. */
    public static String reminder(String dateTime, boolean set) {
        return set ? Canonical.instant(dateTime) : null;
    }
}
