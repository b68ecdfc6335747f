package com.tasksync.web;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.util.MultiValueMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns a task form into the JSON the task store validates, so pages and API obey the same
 * rules: empty optional inputs clear the field, a reminder typed in the user's zone becomes an
 * instant, and the markers the page shows for bidirectional controls become those characters again.
 */
final class TaskForm {

    private static final Set<String> FIELDS =
            Set.of("subject", "description", "dueDate", "status", "priority", "type", "who", "what");
    private static final Set<String> REQUIRED = Set.of("subject", "status", "priority", "type");

    private TaskForm() {}

    static JsonNode toJson(MultiValueMap<String, String> form, ZoneId zone) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, List<String>> entry : form.entrySet()) {
            var name = entry.getKey();
            var value = entry.getValue().isEmpty() ? "" : VisibleText.restore(entry.getValue().get(0));
            if (FIELDS.contains(name)) {
                putText(json, name, value);
            } else if (name.equals("reminderAt")) {
                putText(json, name, reminder(value, zone));
            }
        }
        return json;
    }

    private static void putText(ObjectNode json, String name, String value) {
        if (value.isEmpty() && !REQUIRED.contains(name)) {
            json.putNull(name);
        } else {
            json.put(name, value);
        }
    }

    private static String reminder(String local, ZoneId zone) {
        if (local.isEmpty()) {
            return "";
        }
        try {
            return LocalDateTime.parse(local).atZone(zone).toOffsetDateTime().toString();
        } catch (DateTimeParseException e) {
            return local;
        }
    }
}
