package com.tasksync.task;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code task} table. Every read and write is scoped to one user. */
@Repository
class TaskRepository {

    private static final String ORDER = " order by due_date asc nulls last, created_at, id";

    private final JdbcClient jdbc;
    private final TaskTallies tallies;

    TaskRepository(JdbcClient jdbc, TaskTallies tallies) {
        this.tallies = tallies;
        this.jdbc = jdbc;
    }

    /**
     * Inserts the tasks with one statement, as {@link #insert} would one by one: one round trip, and the
     * tally's statement triggers fire once for the whole batch (a batch of single-row statements fires
     * them, and adds a tally row, once per task).
     */
    void insertAll(List<Task> tasks) {
        if (tasks.isEmpty()) {
            return;
        }
        Columns.of(tasks).bind(jdbc.sql("""
                insert into task (id, user_id, subject, description, due_date, status, completed_at, priority, type,
                    reminder_at, who, what, created_at, updated_at, deleted_at, version, salesforce_id, sync_state,
                    sync_error)
                select v.id, v.user_id, v.subject, v.description, v.due_date, v.status, v.completed_at, v.priority,
                    v.type, v.reminder_at, v.who, v.what, v.created_at, v.updated_at, v.deleted_at, v.version,
                    v.salesforce_id, v.sync_state, v.sync_error
                """ + Columns.UNNEST)).update();
    }

    private static final String INSERT = """
            insert into task (id, user_id, subject, description, due_date, status, completed_at, priority, type,
                reminder_at, who, what, created_at, updated_at, deleted_at, version, salesforce_id, sync_state,
                sync_error)
            values (:id, :userId, :subject, :description, :dueDate, :status, :completedAt, :priority, :type,
                :reminderAt, :who, :what, :createdAt, :updatedAt, :deletedAt, :version, :salesforceId, :syncState,
                :syncError)
            """;

    void insert(Task task) {
        jdbc.sql(INSERT).paramSource(params(task)).update();
    }

    void update(Task task) {
        jdbc.sql("""
                update task set subject = :subject, description = :description, due_date = :dueDate,
                    status = :status, completed_at = :completedAt, priority = :priority, type = :type,
                    reminder_at = :reminderAt, who = :who, what = :what, updated_at = :updatedAt,
                    deleted_at = :deletedAt, version = :version, salesforce_id = :salesforceId,
                    sync_state = :syncState, sync_error = :syncError
                where id = :id and user_id = :userId
                """).paramSource(params(task)).update();
    }

    /**
     * Writes these tasks (each already row-locked by the caller) with one statement, as {@link #update}
     * would one by one; their Salesforce ids stay as stored.
     */
    void updateAll(List<Task> tasks) {
        if (tasks.isEmpty()) {
            return;
        }
        Columns.of(tasks).bind(jdbc.sql("""
                update task t set subject = v.subject, description = v.description, due_date = v.due_date,
                    status = v.status, completed_at = v.completed_at, priority = v.priority, type = v.type,
                    reminder_at = v.reminder_at, who = v.who, what = v.what, updated_at = v.updated_at,
                    deleted_at = v.deleted_at, version = v.version, sync_state = v.sync_state,
                    sync_error = v.sync_error
                """ + Columns.UNNEST + """
                where t.id = v.id and t.user_id = v.user_id
                """)).update();
    }

    /**
     * The tasks' columns as one array each, sent as arrays of text and cast on the server, so that any
     * number of tasks is one statement: {@link #UNNEST} turns them back into rows named {@code v}.
     */
    private record Columns(UUID[] ids, UUID[] users, String[] subjects, String[] descriptions, String[] dueDates,
            String[] statuses, String[] completedAts, String[] priorities, String[] types, String[] reminderAts,
            String[] whos, String[] whats, String[] createdAts, String[] updatedAts, String[] deletedAts,
            Long[] versions, String[] salesforceIds, String[] syncStates, String[] syncErrors) {

        static final String UNNEST = """
                from unnest(cast(:ids as uuid[]), cast(:users as uuid[]), cast(:subjects as text[]),
                        cast(:descriptions as text[]), cast(:dueDates as date[]), cast(:statuses as text[]),
                        cast(:completedAts as timestamptz[]), cast(:priorities as text[]), cast(:types as text[]),
                        cast(:reminderAts as timestamptz[]), cast(:whos as text[]), cast(:whats as text[]),
                        cast(:createdAts as timestamptz[]), cast(:updatedAts as timestamptz[]),
                        cast(:deletedAts as timestamptz[]), cast(:versions as bigint[]),
                        cast(:salesforceIds as text[]), cast(:syncStates as text[]), cast(:syncErrors as text[]))
                    as v(id, user_id, subject, description, due_date, status, completed_at, priority, type,
                        reminder_at, who, what, created_at, updated_at, deleted_at, version, salesforce_id,
                        sync_state, sync_error)
                """;

        static Columns of(List<Task> tasks) {
            var n = tasks.size();
            var columns = new Columns(new UUID[n], new UUID[n], new String[n], new String[n], new String[n],
                    new String[n], new String[n], new String[n], new String[n], new String[n], new String[n],
                    new String[n], new String[n], new String[n], new String[n], new Long[n], new String[n],
                    new String[n], new String[n]);
            for (int i = 0; i < n; i++) {
                var task = tasks.get(i);
                columns.ids[i] = task.id();
                columns.users[i] = task.userId();
                columns.subjects[i] = task.subject();
                columns.descriptions[i] = task.description();
                columns.dueDates[i] = task.dueDate() == null ? null : task.dueDate().toString();
                columns.statuses[i] = task.status().value();
                columns.completedAts[i] = text(task.completedAt());
                columns.priorities[i] = task.priority().value();
                columns.types[i] = task.type().value();
                columns.reminderAts[i] = text(task.reminderAt());
                columns.whos[i] = task.who();
                columns.whats[i] = task.what();
                columns.createdAts[i] = text(task.createdAt());
                columns.updatedAts[i] = text(task.updatedAt());
                columns.deletedAts[i] = text(task.deletedAt());
                columns.versions[i] = task.version();
                columns.salesforceIds[i] = task.salesforceId();
                columns.syncStates[i] = task.syncState().value();
                columns.syncErrors[i] = task.syncError();
            }
            return columns;
        }

        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
            return statement.param("ids", ids).param("users", users).param("subjects", subjects)
                    .param("descriptions", descriptions).param("dueDates", dueDates).param("statuses", statuses)
                    .param("completedAts", completedAts).param("priorities", priorities).param("types", types)
                    .param("reminderAts", reminderAts).param("whos", whos).param("whats", whats)
                    .param("createdAts", createdAts).param("updatedAts", updatedAts).param("deletedAts", deletedAts)
                    .param("versions", versions).param("salesforceIds", salesforceIds)
                    .param("syncStates", syncStates).param("syncErrors", syncErrors);
        }
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    Optional<Task> find(UUID userId, UUID id) {
        return jdbc.sql("select * from task where id = :id and user_id = :userId")
                .param("id", id).param("userId", userId).query(TaskRepository::map).optional();
    }

    java.util.Map<UUID, Task> findAll(UUID userId, java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return java.util.Map.of();
        }
        return jdbc.sql("select * from task where user_id = :userId and id = any(:ids)")
                .param("userId", userId).param("ids", ids.toArray(UUID[]::new))
                .query(TaskRepository::map).list()
                .stream().collect(java.util.stream.Collectors.toMap(Task::id, task -> task));
    }

    Optional<Task> findForUpdate(UUID userId, UUID id) {
        return jdbc.sql("select * from task where id = :id and user_id = :userId for update")
                .param("id", id).param("userId", userId).query(TaskRepository::map).optional();
    }

    java.util.Map<UUID, Task> lockAll(java.util.Collection<UUID> userIds, java.util.Collection<UUID> ids) {
        if (ids.isEmpty() || userIds.isEmpty()) {
            return java.util.Map.of();
        }
        return jdbc.sql("select * from task where user_id = any(:users) and id = any(:ids) order by id for update")
                .param("users", userIds.toArray(UUID[]::new)).param("ids", ids.toArray(UUID[]::new))
                .query(TaskRepository::map).list()
                .stream().collect(java.util.stream.Collectors.toMap(Task::id, task -> task));
    }

    /** A page of tasks; {@code today} (the user's) is needed by the overdue view only, and may be null otherwise. */
    TaskPage<Task> page(UUID userId, TaskQuery query, LocalDate today) {
        var where = " from task where user_id = :userId" + viewCondition(query.view())
                + (query.dueFrom() == null ? "" : " and due_date >= :dueFrom")
                + (query.dueTo() == null ? "" : " and due_date <= :dueTo")
                + (query.words().isEmpty() ? "" : " and to_tsvector('simple', coalesce(subject, '') || ' '"
                        + " || coalesce(description, '')) @@ to_tsquery('simple', :words)");
        var plain = query.dueFrom() == null && query.dueTo() == null && query.words().isEmpty();
        var tally = plain ? TaskTallies.countQuery(query.view()) : Optional.<String>empty();
        var pageQuery = "select *" + where + ORDER + " limit :limit offset :offset";
        if (tally.isPresent()) {
            // One statement, so one round trip and one snapshot for the page and its count: the row of
            // "one" carries the count even past the last page, where the page has no task.
            var total = new long[1];
            var items = new ArrayList<Task>();
            jdbc.sql("select p.*, (" + tally.get() + ") as page_total from (values (1)) as one (x)"
                            + " left join lateral (" + pageQuery + ") p on true" + ORDER)
                    .params(filter(userId, query, today))
                    .param("limit", query.size())
                    .param("offset", (long) query.page() * query.size())
                    .query((ResultSet rs) -> {
                        total[0] = rs.getLong("page_total");
                        if (rs.getObject("id") != null) {
                            items.add(map(rs, items.size()));
                        }
                    });
            return new TaskPage<>(List.copyOf(items), query.page(), query.size(), total[0]);
        }
        var total = jdbc.sql("select count(*)" + where).params(filter(userId, query, today)).query(Long.class).single();
        var items = jdbc.sql(pageQuery)
                .params(filter(userId, query, today))
                .param("limit", query.size())
                .param("offset", (long) query.page() * query.size())
                .query(TaskRepository::map).list();
        return new TaskPage<>(items, query.page(), query.size(), total);
    }

    List<Task> openDueOn(UUID userId, LocalDate day) {
        return jdbc.sql("select * from task where user_id = :userId and deleted_at is null and status = 'open'"
                        + " and due_date = :day" + ORDER)
                .param("userId", userId).param("day", day).query(TaskRepository::map).list();
    }

    long countOverdue(UUID userId, LocalDate today) {
        return jdbc.sql("select count(*) from task where user_id = :userId and deleted_at is null"
                        + " and status = 'open' and due_date < :today")
                .param("userId", userId).param("today", today).query(Long.class).single();
    }

    /** A stamp that changes whenever any of the user's tasks does ({@link TaskTallies#fingerprint}). */
    String fingerprint(UUID userId) {
        return tallies.fingerprint(userId);
    }

    List<Task> purgeDeletedBefore(Instant cutoff) {
        return jdbc.sql("delete from task where deleted_at < :cutoff returning *")
                .param("cutoff", utc(cutoff)).query(TaskRepository::map).list();
    }

    private static String viewCondition(TaskQuery.TaskView view) {
        return switch (view) {
            case ALL -> " and deleted_at is null";
            case OPEN -> " and deleted_at is null and status = 'open'";
            case COMPLETED -> " and deleted_at is null and status = 'completed'";
            case OVERDUE -> " and deleted_at is null and status = 'open' and due_date < :today";
            case TRASH -> " and deleted_at is not null";
        };
    }

    private static Map<String, Object> filter(UUID userId, TaskQuery query, LocalDate today) {
        var params = new HashMap<String, Object>();
        params.put("userId", userId);
        params.put("today", today);
        params.put("dueFrom", query.dueFrom());
        params.put("dueTo", query.dueTo());
        // each word a prefix; the reader let only letters and digits through, so nothing here is tsquery syntax
        params.put("words", String.join(" & ", query.words().stream().map(word -> word + ":*").toList()));
        return params;
    }

    private static MapSqlParameterSource params(Task task) {
        return new MapSqlParameterSource()
                .addValue("id", task.id())
                .addValue("userId", task.userId())
                .addValue("subject", task.subject())
                .addValue("description", task.description())
                .addValue("dueDate", task.dueDate())
                .addValue("status", task.status().value())
                .addValue("completedAt", utc(task.completedAt()))
                .addValue("priority", task.priority().value())
                .addValue("type", task.type().value())
                .addValue("reminderAt", utc(task.reminderAt()))
                .addValue("who", task.who())
                .addValue("what", task.what())
                .addValue("createdAt", utc(task.createdAt()))
                .addValue("updatedAt", utc(task.updatedAt()))
                .addValue("deletedAt", utc(task.deletedAt()))
                .addValue("version", task.version())
                .addValue("salesforceId", task.salesforceId())
                .addValue("syncState", task.syncState().value())
                .addValue("syncError", task.syncError());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static Task map(ResultSet rs, int row) throws SQLException {
        return new Task(
                rs.getObject("id", UUID.class),
                rs.getObject("user_id", UUID.class),
                rs.getString("subject"),
                rs.getString("description"),
                rs.getObject("due_date", LocalDate.class),
                TaskStatus.of(rs.getString("status")),
                instant(rs, "completed_at"),
                TaskPriority.of(rs.getString("priority")),
                TaskType.of(rs.getString("type")),
                instant(rs, "reminder_at"),
                rs.getString("who"),
                rs.getString("what"),
                instant(rs, "created_at"),
                instant(rs, "updated_at"),
                instant(rs, "deleted_at"),
                rs.getLong("version"),
                rs.getString("salesforce_id"),
                TaskSyncState.of(rs.getString("sync_state")),
                rs.getString("sync_error"));
    }
}
