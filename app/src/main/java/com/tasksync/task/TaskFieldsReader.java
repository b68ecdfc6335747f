package com.tasksync.task;

import com.tasksync.system.JsonInput;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Reads task fields from a JSON body, for a create or as a JSON merge patch (RFC 7396) on
 * the current fields: a present field replaces, {@code null} clears, an absent one stays.
 * Every problem is collected and reported together; nothing is applied when any exists. A text
 * sent back exactly as stored passes even when the rules would refuse it as new input, since
 * sync stores whatever Salesforce accepts.
 */
public final class TaskFieldsReader {

    static final Set<String> WRITABLE =
            Set.of("subject", "description", "dueDate", "status", "priority", "type", "reminderAt", "who", "what");
    static final Set<String> READ_ONLY = Set.of("id", "completedAt", "createdAt", "updatedAt", "deletedAt",
            "version", "salesforceId", "syncState", "syncError");

    private static final TaskFields DEFAULTS = new TaskFields(
            null, null, null, TaskStatus.OPEN, TaskPriority.NORMAL, TaskType.TODO, null, null, null);

    private TaskFieldsReader() {}

    public static TaskFields forCreate(JsonNode body) {
        var input = JsonInput.of(body, WRITABLE, READ_ONLY);
        if (!input.has("subject")) {
            input.problem("subject", "is required");
        }
        return apply(input, DEFAULTS);
    }

    public static TaskFields patch(JsonNode body, TaskFields current) {
        return apply(JsonInput.of(body, WRITABLE, READ_ONLY), current);
    }

    private static TaskFields apply(JsonInput input, TaskFields current) {
        var fields = new TaskFields(
                input.has("subject") ? subject(input, current.subject()) : current.subject(),
                input.has("description")
                        ? input.textOrUnchanged("description", TaskFields.DESCRIPTION_MAX, true, current.description())
                        : current.description(),
                input.has("dueDate") ? input.date("dueDate") : current.dueDate(),
                input.has("status") ? required(input, "status", input.choice("status", TaskStatus.BY_VALUE))
                        : current.status(),
                input.has("priority") ? required(input, "priority", input.choice("priority", TaskPriority.BY_VALUE))
                        : current.priority(),
                input.has("type") ? required(input, "type", input.choice("type", TaskType.BY_VALUE)) : current.type(),
                input.has("reminderAt") ? input.instant("reminderAt") : current.reminderAt(),
                input.has("who")
                        ? input.textOrUnchanged("who", TaskFields.REFERENCE_MAX, false, current.who())
                        : current.who(),
                input.has("what")
                        ? input.textOrUnchanged("what", TaskFields.REFERENCE_MAX, false, current.what())
                        : current.what());
        input.throwIfInvalid();
        return fields;
    }

    private static String subject(JsonInput input, String current) {
        var subject = required(input, "subject",
                input.textOrUnchanged("subject", TaskFields.SUBJECT_MAX, false, current));
        if (subject != null && isBlank(subject)) {
            return input.problem("subject", "must not be blank");
        }
        return subject == null ? null : subject.strip();
    }

    private static boolean isBlank(String text) {
        return text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
                || Character.getType(c) == Character.FORMAT);
    }

    private static <T> T required(JsonInput input, String field, T value) {
        if (input.isNull(field)) {
            return input.problem(field, "is required and cannot be null");
        }
        return value;
    }
}
