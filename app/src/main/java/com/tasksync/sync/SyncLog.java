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

    public void record(SyncLogEntry entry) {
        jdbc.sql("""
                insert into sync_log_entry (user_id, at, direction, action, task_id, salesforce_id, subject, message)
                values (:userId, :at, :direction, :action, :taskId, :salesforceId, :subject, :message)
                """)
                .param("userId", entry.userId())
                .param("at", entry.at().atOffset(ZoneOffset.UTC))
                .param("direction", entry.direction().value())
                .param("action", entry.action().value())
                .param("taskId", entry.taskId())
                .param("salesforceId", entry.salesforceId())
                .param("subject", entry.subject())
                .param("message", entry.message())
                .update();
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
