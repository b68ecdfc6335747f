package com.tasksync.outbound;

import com.tasksync.links.TaskLinks;
import com.tasksync.sync.SyncSettings;
import com.tasksync.task.TaskSyncState;
import com.tasksync.mapping.SalesforceReferences;
import com.tasksync.system.FieldProblem;
import com.tasksync.task.ReferenceRule;
import com.tasksync.task.TaskFields;
import com.tasksync.task.TaskSyncStateRule;
import com.tasksync.task.TaskChanged;
import com.tasksync.task.Task;
import com.tasksync.task.TasksChanged;
import com.tasksync.task.TaskChanged.Change;
import com.tasksync.task.TaskChanged.Origin;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Decides which local task changes go to Salesforce, and writes their outbox entry inside the
 * transaction of the change. A task created while sync is on is sent; so is any later change of a
 * task that is linked or still waiting to be sent. Tasks from before the enable are never sent (no
 * back-push), and changes sync itself brought from Salesforce are never sent back. The decision is
 * made once, before the task's row is written ({@link TaskSyncStateRule}): a change that will be sent
 * leaves the task {@code pending}, and the outbox follows that state.
 */
@Component
class OutboxWriter implements TaskSyncStateRule, ReferenceRule {

    static final String NOT_A_WHO = "must be the Salesforce id of a contact or lead (pick one from the list):"
            + " this task syncs with Salesforce, which holds nothing else there";
    static final String NOT_A_WHAT = "must be the Salesforce id of an account, opportunity or other record (pick one"
            + " from the list): this task syncs with Salesforce, which holds nothing else there";

    private final OutboxRepository outbox;
    private final TaskLinks links;
    private final SyncSettings settings;
    private final Clock clock;

    OutboxWriter(OutboxRepository outbox, TaskLinks links, SyncSettings settings, Clock clock) {
        this.outbox = outbox;
        this.links = links;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public TaskSyncState after(UUID userId, UUID taskId, Change change, TaskSyncState current) {
        return covered(userId, taskId, change) ? TaskSyncState.PENDING : current;
    }

    /** {@link #after} for several tasks with two reads: their links, and which have an outbox entry. */
    @Override
    public java.util.Map<UUID, TaskSyncState> afterAll(UUID userId, java.util.Collection<Task> tasks, Change change) {
        var states = new java.util.HashMap<UUID, TaskSyncState>();
        if (change == Change.CREATED) {
            var enabled = settings.enabled(userId);
            tasks.forEach(task -> states.put(task.id(), enabled ? TaskSyncState.PENDING : task.syncState()));
            return states;
        }
        var ids = tasks.stream().map(Task::id).toList();
        var taskLinks = links.findAll(ids);
        var queued = outbox.existingAmong(ids);
        tasks.forEach(task -> {
            var link = taskLinks.get(task.id());
            var covered = link != null && !link.unlinked() || queued.contains(task.id());
            states.put(task.id(), covered ? TaskSyncState.PENDING : task.syncState());
        });
        return states;
    }

    /**
     * A task that sync sends can hold in who and what only the Salesforce ids those fields take; a value
     * the change leaves as it was passes (a task made before sync, or text from before, stays as it is).
     */
    @Override
    public List<FieldProblem> problems(UUID userId, UUID taskId, TaskFields before, TaskFields after) {
        var whoChanged = after.who() != null && (before == null || !after.who().equals(before.who()));
        var whatChanged = after.what() != null && (before == null || !after.what().equals(before.what()));
        var badWho = whoChanged && !SalesforceReferences.isWhoId(after.who());
        var badWhat = whatChanged && !SalesforceReferences.isWhatId(after.what());
        if (!badWho && !badWhat || !covered(userId, taskId, taskId == null ? Change.CREATED : Change.UPDATED)) {
            return List.of();
        }
        var problems = new java.util.ArrayList<FieldProblem>();
        if (badWho) {
            problems.add(new FieldProblem("who", NOT_A_WHO));
        }
        if (badWhat) {
            problems.add(new FieldProblem("what", NOT_A_WHAT));
        }
        return problems;
    }

    @EventListener
    void taskChanged(TaskChanged event) {
        if (event.origin() == Origin.SALESFORCE) {
            return;
        }
        var sent = event.change() == Change.PURGED ? covered(event.userId(), event.taskId(), event.change())
                : event.task().syncState() == TaskSyncState.PENDING;
        if (sent) {
            outbox.enqueue(event.userId(), event.taskId(), event.change().name().toLowerCase(Locale.ROOT),
                    clock.instant());
        }
    }

    /** {@link #taskChanged} for a change of several tasks: the outbox entries of those sent, with one statement. */
    @EventListener
    void tasksChanged(TasksChanged event) {
        if (event.origin() == Origin.SALESFORCE) {
            return;
        }
        var sent = event.tasks().stream().filter(task -> task.syncState() == TaskSyncState.PENDING).map(Task::id)
                .toList();
        outbox.enqueueAll(event.userId(), sent, event.change().name().toLowerCase(Locale.ROOT), clock.instant());
    }

    private boolean covered(UUID userId, UUID taskId, Change change) {
        if (change == Change.CREATED) {
            return settings.enabled(userId);
        }
        // a link row, with or without a record, marks a task of sync's (one that went out, or was made while
        // sync was on and deleted before it did); tasks made while sync was off have none
        // (a task the user took out of sync keeps its row as a marker, and is not sent)
        return outbox.covers(taskId);
    }
}
