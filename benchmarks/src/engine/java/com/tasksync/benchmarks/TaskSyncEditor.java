package com.tasksync.benchmarks;

import com.tasksync.task.TaskFields;
import com.tasksync.task.TaskQuery;
import com.tasksync.task.Tasks;
import java.time.ZoneId;
import java.util.UUID;
import org.springframework.context.ConfigurableApplicationContext;

/** Edits a user's TaskSync tasks through the task service, as the API and pages do. */
final class TaskSyncEditor {

    private final Tasks tasks;
    private final UUID userId;

    TaskSyncEditor(ConfigurableApplicationContext app, UUID userId) {
        this.tasks = app.getBean(Tasks.class);
        this.userId = userId;
    }

    void editFirst(int count) {
        var edited = 0;
        for (int page = 0; edited < count; page++) {
            var items = tasks.list(userId, new TaskQuery(TaskQuery.TaskView.ALL, null, null, page, TaskQuery.MAX_SIZE), ZoneId.of("UTC")).items();
            if (items.isEmpty()) {
                throw new IllegalStateException("only " + edited + " tasks to edit");
            }
            for (var task = items.iterator(); task.hasNext() && edited < count; edited++) {
                var current = task.next();
                tasks.update(userId, current.id(), null, fields -> new TaskFields(fields.subject() + " (edited)",
                        fields.description(), fields.dueDate(), fields.status(), fields.priority(), fields.type(),
                        fields.reminderAt(), fields.who(), fields.what()));
            }
        }
    }
}
