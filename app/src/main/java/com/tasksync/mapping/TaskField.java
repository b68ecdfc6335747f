package com.tasksync.mapping;

import com.tasksync.task.TaskFields;
import java.util.Objects;
import java.util.function.Function;

/** The synced fields of a task, each with how to read it; the merge goes field by field over these. */
public enum TaskField {
    SUBJECT(TaskFields::subject),
    DESCRIPTION(TaskFields::description),
    DUE_DATE(TaskFields::dueDate),
    STATUS(TaskFields::status),
    PRIORITY(TaskFields::priority),
    TYPE(TaskFields::type),
    REMINDER_AT(TaskFields::reminderAt),
    WHO(TaskFields::who),
    WHAT(TaskFields::what);

    private final Function<TaskFields, Object> reader;

    TaskField(Function<TaskFields, Object> reader) {
        this.reader = reader;
    }

    public Object of(TaskFields fields) {
        return reader.apply(fields);
    }

    public boolean differs(TaskFields a, TaskFields b) {
        return !Objects.equals(of(a), of(b));
    }
}
