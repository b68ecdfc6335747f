package com.tasksync.web;

import com.tasksync.task.Task;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import org.springframework.util.MultiValueMap;

/**
 * What the edit form shows: the stored task, or what the user typed when it was refused, so
 * a mistake never costs them their other changes.
 */
record TaskFormView(String subject, String description, String dueDate, String status, String priority,
        String type, String reminderAt, String who, String what, long version) {

    private static final DateTimeFormatter LOCAL_MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    static TaskFormView of(Task task, ZoneId zone) {
        return new TaskFormView(task.subject(), task.description(), Objects.toString(task.dueDate(), ""),
                task.status().value(), task.priority().value(), task.type().value(),
                task.reminderAt() == null ? "" : LOCAL_MINUTES.format(task.reminderAt().atZone(zone)),
                task.who(), task.what(), task.version());
    }

    static TaskFormView of(MultiValueMap<String, String> form, long version) {
        return new TaskFormView(value(form, "subject"), value(form, "description"), value(form, "dueDate"),
                value(form, "status"), value(form, "priority"), value(form, "type"), value(form, "reminderAt"),
                value(form, "who"), value(form, "what"), version);
    }

    private static String value(MultiValueMap<String, String> form, String name) {
        return Objects.toString(form.getFirst(name), "");
    }
}
