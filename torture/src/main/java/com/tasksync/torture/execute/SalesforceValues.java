package com.tasksync.torture.execute;

import com.tasksync.torture.http.Json;
import com.tasksync.torture.model.Canonical;
import com.tasksync.torture.model.Field;
import com.tasksync.torture.model.SalesforceView;
import com.tasksync.torture.model.Slot;
import tools.jackson.databind.JsonNode;

/**
 * The value a Salesforce write leaves in one TaskSync field, by the documented mapping; null for
 * a Type that leaves the type to a TaskSubtype the harness does not know.
 */
final class SalesforceValues {

    private SalesforceValues() {
    }

    static boolean decided(Field field, JsonNode fields, Slot slot) {
        return field != Field.TYPE || SalesforceView.typeDecides(Json.text(fields, "Type")) || slot.subtype() != null;
    }

    static String value(Field field, JsonNode fields, Slot slot) {
        return switch (field) {
            case SUBJECT -> Canonical.subject(Json.text(fields, "Subject"));
            case DESCRIPTION -> Canonical.description(Json.text(fields, "Description"));
            case DUE_DATE -> Json.text(fields, "ActivityDate");
            case STATUS -> SalesforceView.status(Json.text(fields, "Status"));
            case PRIORITY -> SalesforceView.priority(Json.text(fields, "Priority"));
            case TYPE -> SalesforceView.type(Json.text(fields, "Type"), slot.subtype());
            case REMINDER -> SalesforceView.reminder(Json.text(fields, "ReminderDateTime"),
                    fields.path("IsReminderSet").asBoolean(false));
        };
    }
}
