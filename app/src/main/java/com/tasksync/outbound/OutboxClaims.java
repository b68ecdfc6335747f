package com.tasksync.outbound;

import com.tasksync.links.TaskLinks;
import com.tasksync.system.NodeName;
import com.tasksync.task.SyncedTaskWrites;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The relay's work list: due outbox entries claimed for this node with row locks (so several nodes
 * never take the same one) and a lease, and the write each needs, planned from its task and link
 * as they are now (so several changes of one task fold into one write).
 */
@Component
class OutboxClaims {

    static final int BATCH = 2000;

    private final OutboxRepository outbox;
    private final SyncedTaskWrites tasks;
    private final TaskLinks links;
    private final NodeName node;
    private final OutboundSettings settings;

    OutboxClaims(OutboxRepository outbox, SyncedTaskWrites tasks, TaskLinks links, NodeName node,
            OutboundSettings settings) {
        this.outbox = outbox;
        this.tasks = tasks;
        this.links = links;
        this.node = node;
        this.settings = settings;
    }

    List<OutboxEntry> claimDue() {
        var now = settings.clock().instant();
        return settings.transaction().execute(status -> {
            outbox.awaitClaimTurn();
            return outbox.claimDueEntries(node.value(), now, now.plus(settings.properties().claimLease()), BATCH);
        });
    }

    List<PlannedWrite> plan(UUID userId, List<OutboxEntry> entries) {
        var taskIds = entries.stream().map(OutboxEntry::taskId).toList();
        var taskLinks = links.findAll(taskIds);
        var userTasks = tasks.findAll(userId, taskIds);
        return entries.stream().map(entry -> PlannedWrite.plan(entry, Optional.ofNullable(userTasks.get(entry.taskId())),
                Optional.ofNullable(taskLinks.get(entry.taskId())))).toList();
    }

    long pending() {
        return outbox.countPending();
    }
}
