package com.tasksync.task;

import java.time.Instant;
import java.time.LocalDate;

/** The part of a task its owner writes, through the API or the pages. */
public record TaskFields(
        String subject,
        String description,
        LocalDate dueDate,
        TaskStatus status,
        TaskPriority priority,
        TaskType type,
        Instant reminderAt,
        String who,
        String what) {

    public static final int SUBJECT_MAX = 255;
    public static final int DESCRIPTION_MAX = 32_000;
    public static final int REFERENCE_MAX = 255;

    TaskFields withStatus(TaskStatus newStatus) {
        return new TaskFields(subject, description, dueDate, newStatus, priority, type, reminderAt, who, what);
    }
}
