package com.tasksync.torture.plan;

import com.tasksync.torture.http.Json;
import com.tasksync.torture.model.Field;
import com.tasksync.torture.model.Slot;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Values Salesforce accepts that TaskSync's own forms would never produce: U+0000, the longest
 * subject and description, astral characters, right-to-left text and bidi controls, control
 * characters, empty versus absent text, picklist values TaskSync does not know, far dates, and a
 * reminder time without IsReminderSet.
 */
final class OddValues {

    static final String NUL = "nul";
    private static final List<String> NAMES = List.of(NUL, "subject-255", "description-32000", "astral",
            "right-to-left", "control-characters", "empty-description", "blank-subject", "unknown-priority",
            "unknown-status", "unknown-type", "due-1700", "due-4000", "reminder-not-set");

    private OddValues() {
    }

    static List<String> names() {
        return NAMES;
    }

    static OddValue draw(RandomGenerator random, int slot, List<String> allowed) {
        return make(allowed.get(random.nextInt(allowed.size())), random, slot);
    }

    static OddValue make(String name, RandomGenerator random, int slot) {
        var tag = Slot.tag(slot) + " ";
        return switch (name) {
            case NUL -> random.nextBoolean() ? text(name, Field.SUBJECT, "Subject", tag + "nul\u0000inside")
                    : text(name, Field.DESCRIPTION, "Description", "before\u0000after");
            case "subject-255" -> text(name, Field.SUBJECT, "Subject", (tag + "long ").concat("x".repeat(255))
                    .substring(0, 255));
            case "description-32000" -> text(name, Field.DESCRIPTION, "Description", "0123456789abcdef".repeat(2000));
            case "astral" -> text(name, Field.SUBJECT, "Subject", tag + "📞 call 🚀 𝒜𝓃𝓃 🧑🏽‍💼");
            case "right-to-left" -> text(name, Field.DESCRIPTION, "Description",
                    "مرحبا بالعالم \u202Eabc\u202C \u2067שלום\u2069 end");
            case "control-characters" -> text(name, Field.DESCRIPTION, "Description", "bell\u0007 esc\u001B[0m vt\u000B end");
            case "empty-description" -> text(name, Field.DESCRIPTION, "Description", "");
            case "blank-subject" -> text(name, Field.SUBJECT, "Subject", "   ");
            case "unknown-priority" -> text(name, Field.PRIORITY, "Priority", "Urgent");
            case "unknown-status" -> text(name, Field.STATUS, "Status",
                    random.nextBoolean() ? "Waiting on someone else" : "Deferred");
            case "unknown-type" -> text(name, Field.TYPE, "Type", "Webinar");
            case "due-1700" -> text(name, Field.DUE_DATE, "ActivityDate", "1700-01-01");
            case "due-4000" -> text(name, Field.DUE_DATE, "ActivityDate", "4000-12-31");
            case "reminder-not-set" -> new OddValue(name, Field.REMINDER, Json.object()
                    .put("ReminderDateTime", "2031-05-04T09:30:00.000+0000").put("IsReminderSet", false));
            default -> throw new IllegalArgumentException("no odd value " + name);
        };
    }

    private static OddValue text(String name, Field field, String salesforceField, String value) {
        return new OddValue(name, field, Json.object().put(salesforceField, value));
    }
}
