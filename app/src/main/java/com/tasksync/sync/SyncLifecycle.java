package com.tasksync.sync;

import com.tasksync.system.Timestamps;
import java.time.Instant;
import java.util.Collection;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Moves a user's sync state (shown by {@code GET /api/sync} and Settings) as the engine works; the
 * only writer of {@code sync_setting} besides the switch itself.
 * Every write here applies only while the user's sync is on, so a user who switches sync off
 * during a job is never switched back on by it.
 */
@Repository
public class SyncLifecycle {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    SyncLifecycle(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    public void enabledAt(UUID userId, Instant enabledAt, boolean firstEnable) {
        jdbc.sql("""
                update sync_setting set enabled_at = :at,
                    first_enabled_at = case when :first then :at else first_enabled_at end
                where user_id = :userId and enabled
                """).param("userId", userId).param("at", Timestamps.utc(enabledAt)).param("first", firstEnable)
                .update();
    }

    /**
     * Locks the user's {@code sync_setting} row until the caller's transaction ends (the switch locks it
     * too); true when the user's sync is on and waits for its first sync.
     */
    public boolean lockWaitingForFirstSync(UUID userId) {
        return jdbc.sql("select enabled and state = 'importing' from sync_setting where user_id = :userId for update")
                .param("userId", userId).query(Boolean.class).optional().orElse(false);
    }

    /**
     * Locks the user's {@code sync_setting} row until the caller's transaction ends; true when sync is on
     * and was last switched on at {@code enabledAt} (as {@link #enabledAt} wrote it): no switch came since.
     */
    public boolean lockStillEnabledAt(UUID userId, Instant enabledAt) {
        return jdbc.sql("select enabled and enabled_at = :at from sync_setting where user_id = :userId for update")
                .param("userId", userId).param("at", Timestamps.utc(enabledAt)).query(Boolean.class).optional()
                .orElse(false);
    }

    public void progress(UUID userId, int done, Integer total) {
        jdbc.sql("""
                update sync_setting set progress_done = :done, progress_total = :total
                where user_id = :userId and enabled and state = 'importing'
                """).param("userId", userId).param("done", done).param("total", total).update();
    }

    /** The first sync is done: the user's sync runs live from now on ({@link SyncWentLive}). */
    public void syncing(UUID userId, Instant at) {
        var changed = jdbc.sql("""
                update sync_setting set state = 'syncing', last_sync_at = :at, last_error = null
                where user_id = :userId and enabled
                """).param("userId", userId).param("at", Timestamps.utc(at)).update();
        if (changed == 1) {
            events.publishEvent(new SyncWentLive(userId));
        }
    }

    public void synced(Collection<UUID> userIds, Instant at) {
        if (userIds.isEmpty()) {
            return;
        }
        jdbc.sql("update sync_setting set last_sync_at = :at where user_id = any(:ids) and state = 'syncing'")
                .param("ids", userIds.toArray(UUID[]::new)).param("at", Timestamps.utc(at)).update();
    }

    public void reconnect(UUID userId, String message) {
        jdbc.sql("""
                update sync_setting set state = 'reconnect', last_error = :message
                where user_id = :userId and enabled
                """).param("userId", userId).param("message", message).update();
    }
}
