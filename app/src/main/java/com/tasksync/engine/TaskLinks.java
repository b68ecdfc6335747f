package com.tasksync.engine;

import com.tasksync.task.TaskFields;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code task_link} table: which TaskSync task is which Salesforce Task, and their last synced version. */
@Repository
public class TaskLinks {

    private final JdbcClient jdbc;

    TaskLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<TaskLink> find(UUID taskId) {
        return jdbc.sql("select * from task_link where task_id = :taskId")
                .param("taskId", taskId).query(TaskLinks::map).optional();
    }

    public Map<UUID, TaskLink> findAll(Collection<UUID> taskIds) {
        if (taskIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select * from task_link where task_id = any(:ids)")
                .param("ids", taskIds.toArray(UUID[]::new)).query(TaskLinks::map).list().stream()
                .collect(Collectors.toMap(TaskLink::taskId, Function.identity()));
    }

    /** The given users' links to the given Salesforce ids, by Salesforce id. */
    public Map<String, TaskLink> findBySalesforceIds(Collection<UUID> userIds, Collection<String> salesforceIds) {
        if (salesforceIds.isEmpty() || userIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select * from task_link where user_id = any(:users) and salesforce_id = any(:ids)")
                .param("users", userIds.toArray(UUID[]::new))
                .param("ids", salesforceIds.toArray(String[]::new)).query(TaskLinks::map).list().stream()
                .collect(Collectors.toMap(TaskLink::salesforceId, Function.identity(), (a, b) -> a));
    }

    public List<String> linkedSalesforceIds(UUID userId, Collection<String> candidates) {
        if (candidates.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select salesforce_id from task_link where user_id = :userId and salesforce_id = any(:ids)")
                .param("userId", userId).param("ids", candidates.toArray(String[]::new))
                .query(String.class).list();
    }

    /** Records that both sides now hold {@code fields}, and that the task is linked to {@code salesforceId}. */
    public void saveSynced(UUID taskId, UUID userId, String salesforceId, TaskFields fields, Instant modstamp,
            Instant at) {
        jdbc.sql("""
                insert into task_link (task_id, user_id, salesforce_id, synced_fields, synced_modstamp, synced_at,
                    salesforce_deleted, create_sent_at)
                values (:taskId, :userId, :salesforceId, cast(:fields as jsonb), :modstamp, :at, false, null)
                on conflict (task_id) do update set salesforce_id = excluded.salesforce_id,
                    synced_fields = excluded.synced_fields,
                    synced_modstamp = coalesce(excluded.synced_modstamp, task_link.synced_modstamp),
                    synced_at = excluded.synced_at, salesforce_deleted = false, create_sent_at = null
                """)
                .param("taskId", taskId).param("userId", userId).param("salesforceId", salesforceId)
                .param("fields", SyncedFieldsJson.write(fields)).param("modstamp", Timestamps.utc(modstamp))
                .param("at", Timestamps.utc(at))
                .update();
    }

    /** Notes that a create without an external ID is about to be sent, so a retry looks for it first. */
    public void markCreateSent(UUID taskId, UUID userId, Instant at) {
        jdbc.sql("""
                insert into task_link (task_id, user_id, create_sent_at) values (:taskId, :userId, :at)
                on conflict (task_id) do update set create_sent_at = coalesce(task_link.create_sent_at, excluded.create_sent_at)
                """)
                .param("taskId", taskId).param("userId", userId).param("at", Timestamps.utc(at)).update();
    }

    public void markSalesforceDeleted(UUID taskId, Instant modstamp) {
        jdbc.sql("""
                update task_link set salesforce_deleted = true,
                    synced_modstamp = coalesce(:modstamp, synced_modstamp) where task_id = :taskId
                """).param("taskId", taskId).param("modstamp", Timestamps.utc(modstamp)).update();
    }

    /** Moves the link's SystemModstamp on without touching the synced version (a change with nothing new). */
    public void touchModstamp(UUID taskId, Instant modstamp) {
        jdbc.sql("update task_link set synced_modstamp = :modstamp where task_id = :taskId")
                .param("taskId", taskId).param("modstamp", Timestamps.utc(modstamp)).update();
    }

    public void delete(UUID taskId) {
        jdbc.sql("delete from task_link where task_id = :taskId").param("taskId", taskId).update();
    }

    private static TaskLink map(ResultSet rs, int row) throws SQLException {
        return new TaskLink(
                rs.getObject("task_id", UUID.class),
                rs.getObject("user_id", UUID.class),
                rs.getString("salesforce_id"),
                SyncedFieldsJson.read(rs.getString("synced_fields")),
                Timestamps.read(rs, "synced_modstamp"),
                Timestamps.read(rs, "synced_at"),
                rs.getBoolean("salesforce_deleted"),
                Timestamps.read(rs, "create_sent_at"));
    }
}
