package com.tasksync.sync;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code sync_setting} table: one row per user who has ever turned the switch. */
@Repository
class SyncSettingRepository {

    private final JdbcClient jdbc;

    SyncSettingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<SyncStatus> findForUpdate(UUID userId) {
        return jdbc.sql("select * from sync_setting where user_id = :userId for update")
                .param("userId", userId).query(SyncSettingRepository::map).optional();
    }

    /** Whether the user's sync is switched on: the one column a create needs, with no other read. */
    boolean enabled(UUID userId) {
        return jdbc.sql("select enabled from sync_setting where user_id = :userId").param("userId", userId)
                .query(Boolean.class).optional().orElse(false);
    }

    Optional<SyncStatus> find(UUID userId) {
        return jdbc.sql("select * from sync_setting where user_id = :userId")
                .param("userId", userId).query(SyncSettingRepository::map).optional();
    }

    void save(UUID userId, SyncStatus status) {
        jdbc.sql("""
                insert into sync_setting (user_id, enabled, state, progress_done, progress_total, first_enabled_at,
                    enabled_at, last_sync_at, last_error)
                values (:userId, :enabled, :state, :done, :total, :firstEnabledAt, :enabledAt, :lastSyncAt, :lastError)
                on conflict (user_id) do update set enabled = excluded.enabled, state = excluded.state,
                    progress_done = excluded.progress_done, progress_total = excluded.progress_total,
                    first_enabled_at = excluded.first_enabled_at, enabled_at = excluded.enabled_at,
                    last_sync_at = excluded.last_sync_at, last_error = excluded.last_error
                """)
                .param("userId", userId)
                .param("enabled", status.enabled())
                .param("state", status.state().value())
                .param("done", status.progress().done())
                .param("total", status.progress().total())
                .param("firstEnabledAt", utc(status.firstEnabledAt()))
                .param("enabledAt", utc(status.enabledAt()))
                .param("lastSyncAt", utc(status.lastSyncAt()))
                .param("lastError", status.lastError())
                .update();
    }

    void logRetry(UUID userId, Instant at) {
        jdbc.sql("""
                insert into sync_log_entry (user_id, at, direction, action, message)
                values (:userId, :at, 'local', 'retry', 'You asked to try again what failed.')
                """).param("userId", userId).param("at", utc(at)).update();
    }

    /**
     * Sync is off: nothing is being retried any more. Each problem that ends so gets its closing
     * entry in the sync log, as a problem that went away does, saying why it ended.
     */
    void forgetProblems(UUID userId, Instant at) {
        jdbc.sql("""
                with ended as (delete from sync_problem where user_id = :userId returning user_id, source, code)
                insert into sync_log_entry (user_id, at, direction, action, message)
                select user_id, :at,
                       case source when 'outbound' then 'toSalesforce' when 'budget' then 'local'
                                   else 'fromSalesforce' end,
                       'recovered', 'Sync is off, so TaskSync stopped trying (' || code || ').'
                from ended
                """).param("userId", userId).param("at", utc(at)).update();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static SyncStatus map(ResultSet rs, int row) throws SQLException {
        var total = rs.getObject("progress_total", Integer.class);
        return new SyncStatus(
                rs.getBoolean("enabled"),
                SyncState.of(rs.getString("state")),
                false,
                new SyncStatus.Progress(rs.getInt("progress_done"), total),
                instant(rs, "first_enabled_at"),
                instant(rs, "enabled_at"),
                instant(rs, "last_sync_at"),
                rs.getString("last_error"));
    }
}
