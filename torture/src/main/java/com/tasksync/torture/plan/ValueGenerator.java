package com.tasksync.torture.plan;

import com.tasksync.torture.http.Json;
import com.tasksync.torture.model.Field;
import com.tasksync.torture.model.Slot;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.random.RandomGenerator;
import tools.jackson.databind.node.ObjectNode;

/**
 * Ordinary field values for both sides, drawn from the plan's random source. Subjects start with
 * the slot's tag. Dates are relative to the day the plan is made.
 */
final class ValueGenerator {

    static final List<String> TASKSYNC_TYPES = List.of("todo", "call", "email", "linkedin", "other");
    static final List<String> SALESFORCE_TYPES = List.of("Call", "Email", "Meeting", "Other");
    static final List<String> SUBTYPES = List.of("Task", "Task", "Call", "Email");

    private final RandomGenerator random;
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);
    private final ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES);

    ValueGenerator(RandomGenerator random) {
        this.random = random;
    }

    ObjectNode taskSyncCreate(int slot) {
        var body = Json.object().put("subject", subject(slot)).put("description", description())
                .put("dueDate", dueDate()).put("status", random.nextInt(6) == 0 ? "completed" : "open")
                .put("priority", pick(List.of("low", "normal", "high"))).put("type", pick(TASKSYNC_TYPES))
                .put("reminderAt", reminder());
        return body;
    }

    ObjectNode taskSyncEdit(Field field, int slot) {
        var patch = Json.object();
        switch (field) {
            case SUBJECT -> patch.put("subject", subject(slot));
            case DESCRIPTION -> patch.put("description", description());
            case DUE_DATE -> patch.put("dueDate", dueDate());
            case STATUS -> patch.put("status", random.nextBoolean() ? "completed" : "open");
            case PRIORITY -> patch.put("priority", pick(List.of("low", "normal", "high")));
            case TYPE -> patch.put("type", pick(TASKSYNC_TYPES));
            case REMINDER -> patch.put("reminderAt", reminder());
        }
        return patch;
    }

    ObjectNode salesforceCreate(int slot) {
        var record = Json.object().put("Subject", subject(slot)).put("Description", description())
                .put("ActivityDate", dueDate()).put("Status", random.nextInt(6) == 0 ? "Completed" : "Not Started")
                .put("Priority", pick(List.of("Low", "Normal", "High")))
                .put("TaskSubtype", pick(SUBTYPES));
        record.put("Type", random.nextInt(3) == 0 ? null : pick(SALESFORCE_TYPES));
        var reminder = reminder();
        record.put("ReminderDateTime", reminder).put("IsReminderSet", reminder != null);
        return record;
    }

    ObjectNode salesforceEdit(Field field, int slot) {
        var record = Json.object();
        switch (field) {
            case SUBJECT -> record.put("Subject", subject(slot));
            case DESCRIPTION -> record.put("Description", description());
            case DUE_DATE -> record.put("ActivityDate", dueDate());
            case STATUS -> record.put("Status", random.nextBoolean() ? "Completed" : pick(List.of("Not Started",
                    "In Progress")));
            case PRIORITY -> record.put("Priority", pick(List.of("Low", "Normal", "High")));
            case TYPE -> record.put("Type", pick(SALESFORCE_TYPES));
            case REMINDER -> {
                var reminder = reminder();
                record.put("ReminderDateTime", reminder).put("IsReminderSet", reminder != null);
            }
        }
        return record;
    }

    String subject(int slot) {
        return Slot.tag(slot) + " " + pick(Phrases.SUBJECTS) + (random.nextInt(4) == 0 ? " #" + random.nextInt(1000) : "");
    }

    String description() {
        return switch (random.nextInt(6)) {
            case 0 -> null;
            case 1 -> pick(Phrases.LINES);
            case 2 -> pick(Phrases.LINES) + "\n" + pick(Phrases.LINES) + "\n\t- " + pick(Phrases.LINES);
            case 3 -> pick(Phrases.LINES).repeat(1 + random.nextInt(40));
            default -> pick(Phrases.LINES) + " " + random.nextInt(100_000);
        };
    }

    String dueDate() {
        return random.nextInt(5) == 0 ? null : today.plusDays(random.nextInt(-10, 30)).toString();
    }

    String reminder() {
        return random.nextInt(3) == 0 ? null : now.plusMinutes(random.nextInt(30, 60 * 24 * 20)).toInstant().toString();
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
