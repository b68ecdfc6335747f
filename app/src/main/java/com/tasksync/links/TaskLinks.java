package com.tasksync.links;

import com.tasksync.system.Timestamps;
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

    /** How many unanswered versions of one task are remembered; older ones are forgotten first. */
    static final int UNCONFIRMED_KEPT = 8;

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

    /**
     * The links of these tasks, row-locked in task id order (callers lock the tasks first, in the same
     * order, so that no two writers wait on each other).
     */
    public Map<UUID, TaskLink> lockAll(Collection<UUID> taskIds) {
        if (taskIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select * from task_link where task_id = any(:ids) order by task_id for update")
                .param("ids", taskIds.toArray(UUID[]::new)).query(TaskLinks::map).list().stream()
                .collect(Collectors.toMap(TaskLink::taskId, Function.identity()));
    }

    /** Row-locks the given tasks' links in task id order, as {@link #lockAll} does, without reading them. */
    public void lock(Collection<UUID> taskIds) {
        if (taskIds.isEmpty()) {
            return;
        }
        jdbc.sql("select task_id from task_link where task_id = any(:ids) order by task_id for update")
                .param("ids", taskIds.toArray(UUID[]::new)).query(UUID.class).list();
    }

    /** The last synced version of each given task that has one: only that column is read. */
    public Map<UUID, TaskFields> syncedFieldsOf(Collection<UUID> taskIds) {
        if (taskIds.isEmpty()) {
            return Map.of();
        }
        var synced = new java.util.HashMap<UUID, TaskFields>();
        jdbc.sql("select task_id, synced_fields from task_link where task_id = any(:ids) and synced_fields is not null")
                .param("ids", taskIds.toArray(UUID[]::new))
                .query(rs -> {
                    synced.put(rs.getObject("task_id", UUID.class), SyncedFieldsJson.read(rs.getString("synced_fields")));
                });
        return synced;
    }

    /** The database's clock now: the time writes and reads of Salesforce are bracketed with. */
    public Instant databaseNow() {
        return jdbc.sql("select clock_timestamp()").query((rs, row) -> Timestamps.read(rs, "clock_timestamp"))
                .single();
    }

    /**
     * Notes, before they are sent, the writes about to go to Salesforce: their start (database clock)
     * and what each sends. Rows are touched in task id order.
     */
    public void startWrites(UUID userId, Map<UUID, TaskFields> sending) {
        if (sending.isEmpty()) {
            return;
        }
        var rows = new java.util.TreeMap<>(sending);
        jdbc.sql("""
                insert into task_link (task_id, user_id, write_started_at, sending_fields, unconfirmed_fields)
                select t.id, :userId, clock_timestamp(), cast(t.fields as jsonb), jsonb_build_array(cast(t.fields as jsonb))
                from unnest(cast(:ids as uuid[]), cast(:fields as text[])) as t(id, fields) order by t.id
                on conflict (task_id) do update set write_started_at = excluded.write_started_at,
                    write_finished_at = null, sending_fields = excluded.sending_fields,
                    unconfirmed_fields = case
                        when task_link.unconfirmed_fields @> jsonb_build_array(excluded.sending_fields)
                            then task_link.unconfirmed_fields
                        when jsonb_array_length(coalesce(task_link.unconfirmed_fields, '[]')) >= :keep
                            then (task_link.unconfirmed_fields - 0) || jsonb_build_array(excluded.sending_fields)
                        else coalesce(task_link.unconfirmed_fields, '[]') || jsonb_build_array(excluded.sending_fields)
                    end
                """).param("keep", UNCONFIRMED_KEPT).param("userId", userId).param("ids", rows.keySet().toArray(UUID[]::new))
                .param("fields", rows.values().stream().map(SyncedFieldsJson::write).toArray(String[]::new))
                .update();
    }

    /** The write started by {@link #startWrites} has its answer (or has failed for good). */
    public void finishWrite(UUID taskId) {
        jdbc.sql("""
                update task_link set write_finished_at = clock_timestamp()
                where task_id = :taskId and write_started_at is not null and write_finished_at is null
                """).param("taskId", taskId).update();
    }

    /**
     * Salesforce took {@code sent}'s values of the given fields: the last synced version takes them,
     * its other fields stay as they are (a change applied from Salesforce meanwhile keeps its place).
     */
    public void saveSent(UUID taskId, UUID userId, String salesforceId, TaskFields sent,
            java.util.Set<com.tasksync.mapping.TaskField> fields, Instant at) {
        var current = find(taskId).orElse(null);
        var base = current == null || current.syncedFields() == null
                ? sent : com.tasksync.mapping.ThreeWayMerge.take(current.syncedFields(), sent, fields);
        saveSynced(taskId, userId, salesforceId, base, null, at);
    }

    /** The given users' links to the given Salesforce ids, all of them. */
    public List<TaskLink> findAllBySalesforceIds(Collection<UUID> userIds, Collection<String> salesforceIds) {
        if (salesforceIds.isEmpty() || userIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from task_link where user_id = any(:users) and salesforce_id = any(:ids)")
                .param("users", userIds.toArray(UUID[]::new))
                .param("ids", salesforceIds.toArray(String[]::new)).query(TaskLinks::map).list();
    }

    /**
     * Users with a create sent to Salesforce that a read begun at {@code readStartedAt} may already see
     * while its answer is not recorded yet: without an external ID, such a record cannot be told from
     * a task made in Salesforce.
     */
    public java.util.Set<UUID> withCreatesInFlight(Collection<UUID> userIds, Instant readStartedAt,
            java.time.Duration lease) {
        if (userIds.isEmpty()) {
            return java.util.Set.of();
        }
        return java.util.Set.copyOf(jdbc.sql("""
                select distinct user_id from task_link
                where user_id = any(:users) and salesforce_id is null and write_started_at is not null
                  and (write_finished_at > :readAt or write_finished_at is null and write_started_at > :deadBefore)
                """).param("users", userIds.toArray(UUID[]::new)).param("readAt", Timestamps.utc(readStartedAt))
                .param("deadBefore", Timestamps.utc(readStartedAt.minus(lease))).query(UUID.class).list());
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
    /** A link to save as synced: see {@link #saveSynced}. */
    public record Synced(UUID taskId, UUID userId, String salesforceId, TaskFields fields, Instant modstamp) {}

    /**
     * Saves the links with one statement (one round trip), as {@link #saveSynced} would one after the other.
     * A task named twice is saved once, with what the later one says (and the earlier one's modstamp when the
     * later has none, as two statements would leave it): one statement may not change a row twice.
     */
    public void saveAllSynced(List<Synced> synced, Instant at) {
        saveAll(synced, at, ON_CONFLICT_SYNCED);
    }

    /**
     * {@link #finishWrite} for each and then {@link #saveAllSynced}, for writes Salesforce took, in one
     * statement: each link is rewritten once instead of twice. The write's end is the database's clock when
     * the statement ran, as {@link #finishWrite} notes it.
     */
    public void saveAllSent(List<Synced> sent, Instant at) {
        saveAll(sent, at, ON_CONFLICT_SYNCED + """
                    , write_finished_at = case
                        when task_link.write_started_at is not null and task_link.write_finished_at is null
                            then clock_timestamp() else task_link.write_finished_at end
                """);
    }

    private void saveAll(List<Synced> synced, Instant at, String onConflict) {
        if (synced.isEmpty()) {
            return;
        }
        var byTask = new java.util.LinkedHashMap<UUID, Synced>();
        for (var link : synced) {
            byTask.merge(link.taskId(), link, (earlier, later) -> later.modstamp() != null ? later
                    : new Synced(later.taskId(), later.userId(), later.salesforceId(), later.fields(),
                            earlier.modstamp()));
        }
        var links = List.copyOf(byTask.values());
        var n = links.size();
        var tasks = new UUID[n];
        var users = new UUID[n];
        var salesforceIds = new String[n];
        var fields = new String[n];
        var modstamps = new String[n];
        for (int i = 0; i < n; i++) {
            var link = links.get(i);
            tasks[i] = link.taskId();
            users[i] = link.userId();
            salesforceIds[i] = link.salesforceId();
            fields[i] = SyncedFieldsJson.write(link.fields());
            modstamps[i] = link.modstamp() == null ? null : link.modstamp().toString();
        }
        jdbc.sql("""
                insert into task_link (task_id, user_id, salesforce_id, synced_fields, synced_modstamp, synced_at,
                    salesforce_deleted, create_sent_at)
                select v.task_id, v.user_id, v.salesforce_id, v.synced_fields, v.synced_modstamp, :at, false, null
                from unnest(cast(:tasks as uuid[]), cast(:users as uuid[]), cast(:salesforceIds as text[]),
                        cast(:fields as jsonb[]), cast(:modstamps as timestamptz[]))
                    with ordinality as v(task_id, user_id, salesforce_id, synced_fields, synced_modstamp, n)
                order by v.n
                """ + onConflict)
                .param("tasks", tasks).param("users", users).param("salesforceIds", salesforceIds)
                .param("fields", fields).param("modstamps", modstamps).param("at", Timestamps.utc(at))
                .update();
    }

    private static final String ON_CONFLICT_SYNCED = """
                on conflict (task_id) do update set salesforce_id = excluded.salesforce_id,
                    synced_fields = excluded.synced_fields,
                    synced_modstamp = coalesce(excluded.synced_modstamp, task_link.synced_modstamp),
                    synced_at = excluded.synced_at, salesforce_deleted = false, create_sent_at = null,
                    unconfirmed_fields = null
                """;

    private static final String SAVE_SYNCED = """
                insert into task_link (task_id, user_id, salesforce_id, synced_fields, synced_modstamp, synced_at,
                    salesforce_deleted, create_sent_at)
                values (:taskId, :userId, :salesforceId, cast(:fields as jsonb), :modstamp, :at, false, null)
                """ + ON_CONFLICT_SYNCED;

    public void saveSynced(UUID taskId, UUID userId, String salesforceId, TaskFields fields, Instant modstamp,
            Instant at) {
        jdbc.sql(SAVE_SYNCED)
                .param("taskId", taskId).param("userId", userId).param("salesforceId", salesforceId)
                .param("fields", SyncedFieldsJson.write(fields)).param("modstamp", Timestamps.utc(modstamp))
                .param("at", Timestamps.utc(at))
                .update();
    }

    /** A task of sync's that never reached Salesforce: a link row without a record, so later changes are sent. */
    public void rememberUnsent(UUID taskId, UUID userId) {
        jdbc.sql("insert into task_link (task_id, user_id) values (:taskId, :userId) on conflict (task_id) do nothing")
                .param("taskId", taskId).param("userId", userId).update();
    }

    /**
     * Notes, with one statement, that these tasks' creates are about to be sent, so a retry looks for what an
     * earlier attempt may have made first (a first send keeps its time).
     */
    public void markAllCreatesSent(java.util.Map<UUID, UUID> userByTask, Instant at) {
        if (userByTask.isEmpty()) {
            return;
        }
        var tasks = new java.util.ArrayList<>(userByTask.keySet());
        tasks.sort(null);
        jdbc.sql("""
                insert into task_link (task_id, user_id, create_sent_at)
                select v.task_id, v.user_id, :at
                from unnest(cast(:tasks as uuid[]), cast(:users as uuid[])) with ordinality as v(task_id, user_id, n)
                order by v.n
                on conflict (task_id) do update set create_sent_at = coalesce(task_link.create_sent_at, excluded.create_sent_at)
                """)
                .param("tasks", tasks.toArray(UUID[]::new))
                .param("users", tasks.stream().map(userByTask::get).toArray(UUID[]::new))
                .param("at", Timestamps.utc(at)).update();
    }

    /** The given tasks' links go: they are sent again as new records. */
    public void deleteAll(Collection<UUID> taskIds) {
        jdbc.sql("delete from task_link where task_id = any(:ids)").param("ids", taskIds.toArray(UUID[]::new)).update();
    }

    /** The given tasks are out of sync for good; their rows stay as markers (see {@link TaskLink#unlinked()}). */
    public void markAllUnlinked(Collection<UUID> taskIds, Instant at) {
        jdbc.sql("update task_link set unlinked_at = :at where task_id = any(:ids)")
                .param("ids", taskIds.toArray(UUID[]::new)).param("at", Timestamps.utc(at)).update();
    }

    /** The user's tasks linked to a record (not unlinked), in task id order. */
    public List<UUID> linkedTaskIds(UUID userId) {
        return jdbc.sql("""
                select task_id from task_link
                where user_id = :userId and salesforce_id is not null and unlinked_at is null order by task_id
                """).param("userId", userId).query(UUID.class).list();
    }

    /** Takes the task out of sync for good: its link row stays as a marker (see {@link TaskLink#unlinked()}). */
    public void markUnlinked(UUID taskId, UUID userId, Instant at) {
        jdbc.sql("""
                insert into task_link (task_id, user_id, unlinked_at) values (:taskId, :userId, :at)
                on conflict (task_id) do update set unlinked_at = excluded.unlinked_at, write_started_at = null,
                    write_finished_at = null, sending_fields = null, unconfirmed_fields = null, create_sent_at = null
                """).param("taskId", taskId).param("userId", userId).param("at", Timestamps.utc(at)).update();
    }

    public void markSalesforceDeleted(UUID taskId, Instant modstamp) {
        jdbc.sql("""
                update task_link set salesforce_deleted = true,
                    synced_modstamp = coalesce(:modstamp, synced_modstamp) where task_id = :taskId
                """).param("taskId", taskId).param("modstamp", Timestamps.utc(modstamp)).update();
    }

    /** The Salesforce record is live again (restored from its recycle bin). */
    public void markSalesforceRestored(UUID taskId) {
        jdbc.sql("update task_link set salesforce_deleted = false where task_id = :taskId")
                .param("taskId", taskId).update();
    }

    /** Moves the link's SystemModstamp on without touching the synced version (a change with nothing new). */
    /** Sets the last synced SystemModstamp of these tasks' links with one statement, as {@link #touchModstamp} does one. */
    public void touchAllModstamps(java.util.Map<UUID, Instant> modstamps) {
        if (modstamps.isEmpty()) {
            return;
        }
        var ids = modstamps.keySet().toArray(UUID[]::new);
        var stamps = java.util.Arrays.stream(ids).map(id -> modstamps.get(id).toString()).toArray(String[]::new);
        jdbc.sql("""
                update task_link l set synced_modstamp = v.modstamp
                from unnest(cast(:ids as uuid[]), cast(:stamps as timestamptz[])) as v(task_id, modstamp)
                where l.task_id = v.task_id
                """).param("ids", ids).param("stamps", stamps).update();
    }

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
                Timestamps.read(rs, "create_sent_at"),
                Timestamps.read(rs, "write_started_at"),
                Timestamps.read(rs, "write_finished_at"),
                SyncedFieldsJson.read(rs.getString("sending_fields")),
                SyncedFieldsJson.readAll(rs.getString("unconfirmed_fields")),
                Timestamps.read(rs, "unlinked_at"));
    }
}
