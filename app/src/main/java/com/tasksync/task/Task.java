package com.tasksync.task;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A task as stored and as the API shows it. The writable part is {@link TaskFields}; the
 * rest is kept by the store (timestamps, version, Trash) or by sync (the Salesforce fields).
 */
public record Task(
        UUID id,
        @JsonIgnore UUID userId,
        String subject,
        String description,
        LocalDate dueDate,
        TaskStatus status,
        Instant completedAt,
        TaskPriority priority,
        TaskType type,
        Instant reminderAt,
        String who,
        String what,
        Instant createdAt,
        Instant updatedAt,
        Instant deletedAt,
        long version,
        String salesforceId,
        TaskSyncState syncState,
        String syncError) {

    @JsonIgnore
    public TaskFields fields() {
        return new TaskFields(subject, description, dueDate, status, priority, type, reminderAt, who, what);
    }

    @JsonIgnore
    public boolean inTrash() {
        return deletedAt != null;
    }

    @JsonIgnore
    public String etag() {
        return "\"" + version + "\"";
    }

    static Task create(UUID id, UUID userId, TaskFields fields, Instant now) {
        var completedAt = fields.status() == TaskStatus.COMPLETED ? now : null;
        return new Task(id, userId, fields.subject(), fields.description(), fields.dueDate(), fields.status(),
                completedAt, fields.priority(), fields.type(), fields.reminderAt(), fields.who(), fields.what(),
                now, now, null, 1, null, TaskSyncState.LOCAL, null);
    }

    Task withFields(TaskFields fields, Instant now) {
        var completedAt = fields.status() == TaskStatus.OPEN ? null
                : status == TaskStatus.COMPLETED ? this.completedAt : now;
        return new Task(id, userId, fields.subject(), fields.description(), fields.dueDate(), fields.status(),
                completedAt, fields.priority(), fields.type(), fields.reminderAt(), fields.who(), fields.what(),
                createdAt, now, deletedAt, version + 1, salesforceId, syncState, syncError);
    }

    Task withSyncState(TaskSyncState state) {
        if (state == syncState) {
            return this;
        }
        return new Task(id, userId, subject, description, dueDate, status, completedAt, priority, type, reminderAt,
                who, what, createdAt, updatedAt, deletedAt, version, salesforceId, state, syncError);
    }

    Task withDeletedAt(Instant deletedAt, Instant now) {
        return new Task(id, userId, subject, description, dueDate, status, completedAt, priority, type,
                reminderAt, who, what, createdAt, now, deletedAt, version + 1, salesforceId, syncState, syncError);
    }
}
