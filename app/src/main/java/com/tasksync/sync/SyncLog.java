package com.tasksync.sync;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Each user's sync activity, in the {@code sync_log_entry} table, newest first. */
@Repository
public class SyncLog {

    private final JdbcClient jdbc;

    SyncLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static final String INSERT = """
            insert into sync_log_entry (user_id, at, direction, action, task_id, salesforce_id, subject, message)
            values (:userId, :at, :direction, :action, :taskId, :salesforceId, :subject, :message)
            """;

    public void record(SyncLogEntry entry) {
        jdbc.sql(INSERT).paramSource(params(entry)).update();
    }

    /**
     * Records the entries with one statement (one round trip), in their order. A first import keeps an entry
     * per task, as every other change does: the log is where a rep looks up where a task came from and when.
     */
    public void recordAll(java.util.List<SyncLogEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        var n = entries.size();
        var users = new UUID[n];
        var ats = new String[n];
        var directions = new String[n];
        var actions = new String[n];
        var tasks = new UUID[n];
        var salesforceIds = new String[n];
        var subjects = new String[n];
        var messages = new String[n];
        for (int i = 0; i < n; i++) {
            var entry = entries.get(i);
            users[i] = entry.userId();
            ats[i] = entry.at().toString();
            directions[i] = entry.direction().value();
            actions[i] = entry.action().value();
            tasks[i] = entry.taskId();
            salesforceIds[i] = entry.salesforceId();
            subjects[i] = entry.subject();
            messages[i] = entry.message();
        }
        // ids are drawn in the entries' order, which the log's "newest first" breaks ties with
        jdbc.sql("""
                insert into sync_log_entry (user_id, at, direction, action, task_id, salesforce_id, subject, message)
                select v.user_id, v.at, v.direction, v.action, v.task_id, v.salesforce_id, v.subject, v.message
                from unnest(cast(:users as uuid[]), cast(:ats as timestamptz[]), cast(:directions as text[]),
                        cast(:actions as text[]), cast(:tasks as uuid[]), cast(:salesforceIds as text[]),
                        cast(:subjects as text[]), cast(:messages as text[]))
                    with ordinality as v(user_id, at, direction, action, task_id, salesforce_id, subject, message, n)
                order by v.n
                """)
                .param("users", users).param("ats", ats).param("directions", directions).param("actions", actions)
                .param("tasks", tasks).param("salesforceIds", salesforceIds).param("subjects", subjects)
                .param("messages", messages)
                .update();
    }

    private static org.springframework.jdbc.core.namedparam.MapSqlParameterSource params(SyncLogEntry entry) {
        return new org.springframework.jdbc.core.namedparam.MapSqlParameterSource()
                .addValue("userId", entry.userId())
                .addValue("at", entry.at().atOffset(ZoneOffset.UTC))
                .addValue("direction", entry.direction().value())
                .addValue("action", entry.action().value())
                .addValue("taskId", entry.taskId())
                .addValue("salesforceId", entry.salesforceId())
                .addValue("subject", entry.subject())
                .addValue("message", entry.message());
    }

    public SyncLogEntryPage page(UUID userId, int page, int size) {
        var total = jdbc.sql("select count(*) from sync_log_entry where user_id = :userId")
                .param("userId", userId).query(Long.class).single();
        var items = jdbc.sql("select * from sync_log_entry where user_id = :userId"
                        + " order by at desc, id desc limit :limit offset :offset")
                .param("userId", userId)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(SyncLog::map).list();
        return new SyncLogEntryPage(items, page, size, total);
    }

    private static SyncLogEntry map(ResultSet rs, int row) throws SQLException {
        return new SyncLogEntry(
                rs.getObject("user_id", UUID.class),
                rs.getObject("at", OffsetDateTime.class).toInstant(),
                SyncLogEntry.Direction.of(rs.getString("direction")),
                SyncLogEntry.Action.of(rs.getString("action")),
                rs.getObject("task_id", UUID.class),
                rs.getString("salesforce_id"),
                rs.getString("subject"),
                rs.getString("message"));
    }
}
