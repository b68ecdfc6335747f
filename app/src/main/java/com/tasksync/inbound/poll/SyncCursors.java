package com.tasksync.inbound.poll;

import com.tasksync.system.Timestamps;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code sync_cursor} table: where each user's reads of Salesforce stand (the watermark) and
 * how often they come (the interval). When a poll runs is db-scheduler's business ({@link PollScheduling}).
 */
@Repository
public class SyncCursors {

    private final JdbcClient jdbc;

    SyncCursors(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Makes sure the user's tasks are read from {@code watermark} at the latest: an existing cursor
     * only ever moves back here, so a (re)enabled user misses none of their changes.
     */
    public void ensureForUser(UUID userId, String orgId, Instant watermark, Duration interval) {
        jdbc.sql("""
                insert into sync_cursor (cursor_id, org_id, user_id, watermark, interval_ms)
                values (:id, :orgId, :userId, :watermark, :interval)
                on conflict (cursor_id) do update set watermark = least(sync_cursor.watermark, excluded.watermark),
                    org_id = excluded.org_id, interval_ms = excluded.interval_ms
                """).param("id", SyncCursor.ofUser(userId)).param("orgId", orgId).param("userId", userId)
                .param("watermark", Timestamps.utc(watermark)).param("interval", interval.toMillis()).update();
    }

    /** Moves every watermark of the org back to {@code watermark} at the latest. */
    public void moveBack(String orgId, Instant watermark) {
        jdbc.sql("update sync_cursor set watermark = least(watermark, :watermark) where org_id = :orgId")
                .param("orgId", orgId).param("watermark", Timestamps.utc(watermark)).update();
    }

    /** The user's read position moves back to {@code watermark}, if it stood later. */
    public void moveBackUser(UUID userId, Instant watermark) {
        jdbc.sql("update sync_cursor set watermark = least(watermark, :watermark) where cursor_id = :id")
                .param("id", SyncCursor.ofUser(userId)).param("watermark", Timestamps.utc(watermark)).update();
    }

    /** The user's read position, and the records set aside for the user, go. */
    public void forgetUser(UUID userId) {
        jdbc.sql("delete from sync_cursor where user_id = :userId").param("userId", userId).update();
        jdbc.sql("delete from inbound_set_aside where user_id = :userId").param("userId", userId).update();
    }

    public Optional<SyncCursor> ofUser(UUID userId) {
        return jdbc.sql("select * from sync_cursor where cursor_id = :id").param("id", SyncCursor.ofUser(userId))
                .query((rs, row) -> new SyncCursor(rs.getString("cursor_id"), rs.getString("org_id"),
                        rs.getObject("user_id", UUID.class), Timestamps.read(rs, "watermark"),
                        Duration.ofMillis(rs.getLong("interval_ms")), Timestamps.read(rs, "read_started_at"),
                        Timestamps.read(rs, "last_polled_at")))
                .optional();
    }

    /** Saves the poll's result; the watermark never moves back here (a concurrent ensure may have). */
    void savePoll(SyncCursor cursor, Instant watermark, Instant readStartedAt, Duration interval, Instant now) {
        jdbc.sql("""
                update sync_cursor set
                    watermark = case when watermark < :polledFrom then watermark else greatest(watermark, :watermark) end,
                    read_started_at = coalesce(:readStartedAt, read_started_at),
                    interval_ms = :interval, last_polled_at = :now
                where cursor_id = :id
                """).param("id", cursor.id()).param("polledFrom", Timestamps.utc(cursor.watermark()))
                .param("readStartedAt", readStartedAt == null ? null : Timestamps.utc(readStartedAt))
                .param("watermark", Timestamps.utc(watermark)).param("interval", interval.toMillis())
                .param("now", Timestamps.utc(now)).update();
    }
}
