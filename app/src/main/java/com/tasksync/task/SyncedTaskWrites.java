package com.tasksync.task;

import com.tasksync.task.TaskChanged.Change;
import com.tasksync.task.TaskChanged.Origin;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The task writes sync makes: changes brought from Salesforce, published with origin
 * {@code SALESFORCE} so they are never sent back, and the sync fields of a task (state,
 * Salesforce id, error), which change no version and publish nothing.
 */
@Service
public class SyncedTaskWrites {

    private final TaskRepository repository;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TaskTallies tallies;

    SyncedTaskWrites(TaskRepository repository, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock,
            TaskTallies tallies) {
        this.repository = repository;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
        this.tallies = tallies;
    }

    public Optional<Task> find(UUID userId, UUID id) {
        return repository.find(userId, id);
    }

    /** These tasks of the user that exist, by id, read with one query. */
    public java.util.Map<UUID, Task> findAll(UUID userId, java.util.Collection<UUID> ids) {
        return repository.findAll(userId, ids);
    }

    /**
     * Row-locks these tasks of these users in id order, for sync to merge into them without a user's
     * change slipping in between its read and its write; those that exist, by id.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public java.util.Map<UUID, Task> lockAll(java.util.Collection<UUID> userIds, java.util.Collection<UUID> ids) {
        return repository.lockAll(userIds, ids);
    }

    /** Tasks of the user that Salesforce refused, outside Trash: the tally's count, not a count of rows. */
    public long countInError(UUID userId) {
        return tallies.inError(userId);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    /** A task to make from a Salesforce record: whose, with which fields, from which record. */
    public record FromSalesforce(UUID userId, TaskFields fields, String salesforceId) {}

    /**
     * Makes tasks from Salesforce records, synced, with one batch of inserts; the tasks, in the order given.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public java.util.List<Task> createAllFromSalesforce(java.util.List<FromSalesforce> records) {
        var now = clock.instant();
        var made = records.stream().map(record -> {
            var created = Task.create(UUID.randomUUID(), record.userId(), record.fields(), now);
            return new Task(created.id(), record.userId(), created.subject(), created.description(), created.dueDate(),
                    created.status(), created.completedAt(), created.priority(), created.type(), created.reminderAt(),
                    created.who(), created.what(), now, now, null, 1, record.salesforceId(), TaskSyncState.SYNCED, null);
        }).toList();
        repository.insertAll(made);
        made.forEach(task -> events.publishEvent(new TaskChanged(task.id(), task.userId(), Change.CREATED,
                Origin.SALESFORCE, task)));
        return made;
    }

    /** Makes one task from a Salesforce record, synced. */
    @Transactional
    public Task createFromSalesforce(UUID userId, TaskFields fields, String salesforceId) {
        return createAllFromSalesforce(java.util.List.of(new FromSalesforce(userId, fields, salesforceId))).get(0);
    }

    /** Fields from Salesforce to write onto a task the caller holds row-locked, as it read it under that lock. */
    public record FromSalesforceOnto(Task locked, TaskFields fields) {}

    /**
     * Writes fields from Salesforce onto tasks the caller holds row-locked, with one statement: tasks in Trash and tasks already holding those fields are left
     * as they are. The tasks changed, in the order given.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public java.util.List<Task> updateAllFromSalesforce(java.util.List<FromSalesforceOnto> updates) {
        var now = clock.instant();
        var changed = new java.util.ArrayList<Task>(updates.size());
        var changes = new java.util.ArrayList<Change>(updates.size());
        for (var update : updates) {
            var task = update.locked();
            if (task.inTrash() || task.fields().equals(update.fields())) {
                continue;
            }
            changed.add(task.withFields(update.fields(), now));
            changes.add(task.status() == update.fields().status() ? Change.UPDATED
                    : update.fields().status() == TaskStatus.COMPLETED ? Change.COMPLETED : Change.REOPENED);
        }
        repository.updateAll(changed);
        for (int i = 0; i < changed.size(); i++) {
            var task = changed.get(i);
            events.publishEvent(new TaskChanged(task.id(), task.userId(), changes.get(i), Origin.SALESFORCE, task));
        }
        return changed;
    }

    /** Moves a task deleted in Salesforce to Trash, where the user can still restore it. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Task> trashFromSalesforce(UUID userId, UUID id) {
        return repository.findForUpdate(userId, id).filter(task -> !task.inTrash()).map(task -> {
            var now = clock.instant();
            var trashed = task.withDeletedAt(now, now);
            repository.update(trashed);
            events.publishEvent(new TaskChanged(id, userId, Change.DELETED, Origin.SALESFORCE, trashed));
            return trashed;
        });
    }

    /**
     * Brings a task out of Trash because its Salesforce record was restored from the recycle bin,
     * with the record's values; a task not in Trash is left to the merge.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Task> restoreFromSalesforce(UUID userId, UUID id, TaskFields fields) {
        return repository.findForUpdate(userId, id).filter(Task::inTrash).map(task -> {
            var now = clock.instant();
            var restored = task.withDeletedAt(null, now).withFields(fields, now);
            repository.update(restored);
            events.publishEvent(new TaskChanged(id, userId, Change.RESTORED, Origin.SALESFORCE, restored));
            return restored;
        });
    }

    /**
     * The given tasks no longer have a Salesforce task: those of {@code toSend} wait to be sent as new
     * ({@code pending}), the others are TaskSync's only ({@code local}).
     */
    public void unlinkAll(java.util.Collection<UUID> ids, java.util.Collection<UUID> toSend) {
        jdbc.sql("""
                update task set salesforce_id = null, sync_error = null,
                    sync_state = case when id = any(:send) then 'pending' else 'local' end
                where id = any(:ids)
                """).param("ids", ids.toArray(UUID[]::new)).param("send", toSend.toArray(UUID[]::new)).update();
    }

    /** The live tasks (not in Trash) among the given ones. */
    public java.util.List<UUID> liveAmong(java.util.Collection<UUID> ids) {
        return jdbc.sql("select id from task where id = any(:ids) and deleted_at is null order by id")
                .param("ids", ids.toArray(UUID[]::new)).query(UUID.class).list();
    }

    /**
     * Marks the tasks synced, each with its Salesforce id when given (a null keeps the stored one), with one
     * statement: the tally's statement triggers fire once, not once a task.
     */
    public void markAllSynced(java.util.Map<UUID, String> salesforceIds) {
        if (salesforceIds.isEmpty()) {
            return;
        }
        var ids = new java.util.ArrayList<>(salesforceIds.keySet());
        ids.sort(null);
        jdbc.sql("""
                update task t set sync_state = 'synced', sync_error = null,
                    salesforce_id = coalesce(v.salesforce_id, t.salesforce_id)
                from unnest(cast(:ids as uuid[]), cast(:salesforceIds as text[])) as v(id, salesforce_id)
                where t.id = v.id
                """)
                .param("ids", ids.toArray(UUID[]::new))
                .param("salesforceIds", ids.stream().map(salesforceIds::get).toArray(String[]::new))
                .update();
    }

    public void markSyncState(UUID id, TaskSyncState state, String salesforceId, String error) {
        jdbc.sql("""
                update task set sync_state = :state, sync_error = :error,
                    salesforce_id = coalesce(:salesforceId, salesforce_id)
                where id = :id
                """)
                .param("id", id).param("state", state.value()).param("error", error)
                .param("salesforceId", salesforceId)
                .update();
    }
}
