package com.tasksync.benchmarks;

import com.tasksync.torture.http.Exchange;
import com.tasksync.torture.http.Json;
import com.tasksync.torture.http.Reply;
import com.tasksync.torture.tasksync.RepTaskSync;
import java.time.LocalDate;
import java.util.List;

/** TaskSync's REST API as the rep uses it: tasks made and edited, and the list of tasks due in a range. */
final class TaskSyncSide implements Side {

    private final RepTaskSync taskSync;
    private final String node;
    private String latestId;
    private LocalDate latestDueDate;

    TaskSyncSide(RepTaskSync taskSync, String node) {
        this.taskSync = taskSync;
        this.node = node;
    }

    @Override
    public Change create(LocalDate dueDate, String subject) {
        var exchange = taskSync.create(node, Json.object().put("subject", subject).put("dueDate", dueDate.toString()));
        latestId = answer(exchange, "creating " + subject).json().path("id").asString();
        latestDueDate = dueDate;
        return new Change(Change.Kind.CREATE, dueDate, subject, exchange.doneAt());
    }

    @Override
    public Change rename(String subject) {
        var exchange = taskSync.patch(node, latestId, Json.object().put("subject", subject));
        answer(exchange, "renaming " + latestId);
        return new Change(Change.Kind.UPDATE, latestDueDate, subject, exchange.doneAt());
    }

    @Override
    public List<Change.Shown> shown(LocalDate from, LocalDate to) {
        return taskSync.tasksDue(node, from, to).stream()
                .map(task -> new Change.Shown(LocalDate.parse(task.path("dueDate").asString()), Json.text(task, "subject")))
                .toList();
    }

    private static Reply answer(Exchange exchange, String what) {
        if (!exchange.acknowledged()) {
            throw new IllegalStateException("TaskSync refused " + what + ": " + exchange.describe());
        }
        return exchange.reply();
    }
}
