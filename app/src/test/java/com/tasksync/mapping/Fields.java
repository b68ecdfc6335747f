package com.tasksync.mapping;

import com.tasksync.task.TaskFields;
import com.tasksync.task.TaskPriority;
import com.tasksync.task.TaskStatus;
import com.tasksync.task.TaskType;
import java.time.Instant;
import java.time.LocalDate;

/** Builds task fields for tests, starting from a plain open to-do. */
final class Fields {

    private String subject = "Follow up";
    private String description;
    private LocalDate dueDate = LocalDate.of(2026, 11, 23);
    private TaskStatus status = TaskStatus.OPEN;
    private TaskPriority priority = TaskPriority.NORMAL;
    private TaskType type = TaskType.TODO;
    private Instant reminderAt;
    private String who;
    private String what;

    static Fields task() {
        return new Fields();
    }

    static Fields from(TaskFields f) {
        return task().subject(f.subject()).description(f.description()).dueDate(f.dueDate()).status(f.status())
                .priority(f.priority()).type(f.type()).reminderAt(f.reminderAt()).who(f.who()).what(f.what());
    }

    Fields subject(String value) { subject = value; return this; }
    Fields description(String value) { description = value; return this; }
    Fields dueDate(LocalDate value) { dueDate = value; return this; }
    Fields status(TaskStatus value) { status = value; return this; }
    Fields priority(TaskPriority value) { priority = value; return this; }
    Fields type(TaskType value) { type = value; return this; }
    Fields reminderAt(Instant value) { reminderAt = value; return this; }
    Fields who(String value) { who = value; return this; }
    Fields what(String value) { what = value; return this; }

    TaskFields build() {
        return new TaskFields(subject, description, dueDate, status, priority, type, reminderAt, who, what);
    }
}
