package com.tasksync.task;

import com.tasksync.system.ConflictException;
import com.tasksync.system.NotFoundException;
import com.tasksync.task.TaskChanged.Change;
import com.tasksync.task.TaskChanged.Origin;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every change to a user's tasks goes through here: it locks the row, checks the expected
 * version, bumps it, decides the sync state the change leaves ({@link TaskSyncStateRule}), writes the
 * row once, and publishes {@link TaskChanged} in the same transaction. Another user's task is
 * reported as not found.
 */
@Service
public class Tasks {

    private final TaskRepository repository;
    private final ApplicationEventPublisher events;
    private final ObjectProvider<TaskSyncStateRule> syncRule;
    private final ObjectProvider<ReferenceRule> referenceRule;
    private final Clock clock;

    Tasks(TaskRepository repository, ApplicationEventPublisher events, ObjectProvider<TaskSyncStateRule> syncRule,
            ObjectProvider<ReferenceRule> referenceRule, Clock clock) {
        this.referenceRule = referenceRule;
        this.repository = repository;
        this.events = events;
        this.syncRule = syncRule;
        this.clock = clock;
    }

    @Transactional
    public Task create(UUID userId, TaskFields fields) {
        checkReferences(userId, null, null, fields);
        var created = Task.create(UUID.randomUUID(), userId, fields, clock.instant());
        var task = created.withSyncState(syncState(created, Change.CREATED));
        repository.insert(task);
        events.publishEvent(new TaskChanged(task.id(), userId, Change.CREATED, Origin.LOCAL, task));
        return task;
    }

    private void checkReferences(UUID userId, UUID taskId, TaskFields before, TaskFields after) {
        var rule = referenceRule.getIfAvailable();
        if (rule == null) {
            return;
        }
        var problems = rule.problems(userId, taskId, before, after);
        if (!problems.isEmpty()) {
            throw new com.tasksync.system.InvalidInputException(problems);
        }
    }

    public Task get(UUID userId, UUID id) {
        return repository.find(userId, id).orElseThrow(Tasks::notFound);
    }

    @Transactional
    public Task update(UUID userId, UUID id, Long expectedVersion, UnaryOperator<TaskFields> change) {
        return write(userId, id, expectedVersion, Change.UPDATED, task -> {
            requireNotInTrash(task);
            var fields = change.apply(task.fields());
            checkReferences(userId, task.id(), task.fields(), fields);
            return task.withFields(fields, clock.instant());
        });
    }

    @Transactional
    public Task complete(UUID userId, UUID id, Long expectedVersion) {
        return setStatus(userId, id, expectedVersion, TaskStatus.COMPLETED, Change.COMPLETED);
    }

    @Transactional
    public Task reopen(UUID userId, UUID id, Long expectedVersion) {
        return setStatus(userId, id, expectedVersion, TaskStatus.OPEN, Change.REOPENED);
    }

    @Transactional
    public Task moveToTrash(UUID userId, UUID id, Long expectedVersion) {
        return write(userId, id, expectedVersion, Change.DELETED,
                task -> task.inTrash() ? task : task.withDeletedAt(clock.instant(), clock.instant()));
    }

    @Transactional
    public Task restore(UUID userId, UUID id, Long expectedVersion) {
        return write(userId, id, expectedVersion, Change.RESTORED,
                task -> task.inTrash() ? task.withDeletedAt(null, clock.instant()) : task);
    }

    /** What one bulk action does to each task. */
    public enum BulkAction {
        COMPLETE, REOPEN, DELETE, RESCHEDULE;

        public static final java.util.Map<String, BulkAction> BY_NAME = java.util.Map.of("complete", COMPLETE,
                "reopen", REOPEN, "delete", DELETE, "reschedule", RESCHEDULE);
    }

    /** The most tasks one bulk action takes. */
    public static final int MAX_BULK = 200;

    /**
     * One action on several tasks, all or none: each task changes as if acted on alone (its own version
     * and outbox change, which the relay folds into collection calls), in one transaction; an unknown task
     * or one the action cannot take (a task in Trash to complete) changes none. The tasks are row-locked
     * in id order, as every other writer of several tasks locks them, and written with one statement.
     */
    @Transactional
    public java.util.List<Task> bulk(UUID userId, java.util.List<UUID> ids, BulkAction action, LocalDate dueDate) {
        var unique = java.util.List.copyOf(new java.util.LinkedHashSet<>(ids));
        var locked = repository.lockAll(java.util.List.of(userId), unique);
        var change = switch (action) {
            case COMPLETE -> Change.COMPLETED;
            case REOPEN -> Change.REOPENED;
            case DELETE -> Change.DELETED;
            case RESCHEDULE -> Change.UPDATED;
        };
        var now = clock.instant();
        var edited = new java.util.ArrayList<Task>(unique.size());
        var changed = new java.util.ArrayList<Task>();
        for (var id : unique) {
            var current = locked.get(id);
            if (current == null) {
                throw notFound();
            }
            var after = switch (action) {
                case COMPLETE -> statusSet(current, TaskStatus.COMPLETED, now);
                case REOPEN -> statusSet(current, TaskStatus.OPEN, now);
                case DELETE -> current.inTrash() ? current : current.withDeletedAt(now, now);
                case RESCHEDULE -> {
                    requireNotInTrash(current);
                    var fields = current.fields();
                    var rescheduled = new TaskFields(fields.subject(), fields.description(), dueDate, fields.status(),
                            fields.priority(), fields.type(), fields.reminderAt(), fields.who(), fields.what());
                    checkReferences(userId, id, fields, rescheduled);
                    yield current.withFields(rescheduled, now);
                }
            };
            edited.add(after);
            if (after.version() != current.version()) {
                changed.add(after);
            }
        }
        var rule = syncRule.getIfAvailable();
        var states = rule == null || changed.isEmpty() ? java.util.Map.<UUID, TaskSyncState>of()
                : rule.afterAll(userId, changed, change);
        var written = new java.util.HashMap<UUID, Task>();
        changed.forEach(task -> written.put(task.id(), task.withSyncState(states.getOrDefault(task.id(), task.syncState()))));
        repository.updateAll(changed.stream().map(task -> written.get(task.id())).toList());
        if (!written.isEmpty()) {
            events.publishEvent(new TasksChanged(userId, change, Origin.LOCAL,
                    changed.stream().map(task -> written.get(task.id())).toList()));
        }
        return edited.stream().map(task -> written.getOrDefault(task.id(), task)).toList();
    }

    private Task statusSet(Task task, TaskStatus status, java.time.Instant now) {
        requireNotInTrash(task);
        return task.status() == status ? task : task.withFields(task.fields().withStatus(status), now);
    }

    /** A page of tasks; the user's time zone is read only for a view that depends on today (overdue). */
    public TaskPage<Task> list(UUID userId, TaskQuery query, java.util.function.Supplier<ZoneId> zone) {
        var today = query.view() == TaskQuery.TaskView.OVERDUE ? LocalDate.now(clock.withZone(zone.get())) : null;
        return repository.page(userId, query, today);
    }

    /** Changes whenever any of the user's tasks does (see {@link TaskRepository#fingerprint}); for pages that refresh themselves. */
    public String fingerprint(UUID userId) {
        return repository.fingerprint(userId);
    }

    public CommandCenter commandCenter(UUID userId, ZoneId zone) {
        var today = LocalDate.now(clock.withZone(zone));
        var tomorrow = today.plusDays(1);
        return new CommandCenter(today, tomorrow, repository.openDueOn(userId, today),
                repository.openDueOn(userId, tomorrow), repository.countOverdue(userId, today));
    }

    private Task setStatus(UUID userId, UUID id, Long expectedVersion, TaskStatus status, Change change) {
        return write(userId, id, expectedVersion, change, task -> statusSet(task, status, clock.instant()));
    }

    private Task write(UUID userId, UUID id, Long expectedVersion, Change change, UnaryOperator<Task> edit) {
        var current = repository.findForUpdate(userId, id).orElseThrow(Tasks::notFound);
        if (expectedVersion != null && expectedVersion != current.version()) {
            throw ConflictException.preconditionFailed(
                    "The task has changed since you read it (now version " + current.version() + ").");
        }
        var edited = edit.apply(current);
        if (edited.version() == current.version()) {
            return current;
        }
        var changed = edited.withSyncState(syncState(edited, change));
        repository.update(changed);
        events.publishEvent(new TaskChanged(id, userId, change, Origin.LOCAL, changed));
        return changed;
    }

    private TaskSyncState syncState(Task task, Change change) {
        var rule = syncRule.getIfAvailable();
        return rule == null ? task.syncState() : rule.after(task.userId(), task.id(), change, task.syncState());
    }

    private static void requireNotInTrash(Task task) {
        if (task.inTrash()) {
            throw ConflictException.conflict("The task is in Trash; restore it first.");
        }
    }

    private static NotFoundException notFound() {
        return new NotFoundException("No such task");
    }
}
