package com.tasksync.inbound;

import com.tasksync.system.Timestamps;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code sync_cursor} table: claim a due cursor with {@code SKIP LOCKED}, then save its new watermark and interval. */
@Repository
public class SyncCursors {

    private final JdbcClient jdbc;

    SyncCursors(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Makes sure the user's tasks are polled from {@code watermark} at the latest, and soon: an
     * existing cursor only ever moves back here, so a (re)enabled user misses none of their changes.
     */
    public void ensureForUser(UUID userId, String orgId, Instant watermark, Duration interval, Instant now) {
        jdbc.sql("""
                insert into sync_cursor (cursor_id, org_id, user_id, watermark, interval_ms, next_poll_at)
                values (:id, :orgId, :userId, :watermark, :interval, :now)
                on conflict (cursor_id) do update set watermark = least(sync_cursor.watermark, excluded.watermark),
                    org_id = excluded.org_id, interval_ms = excluded.interval_ms, next_poll_at = excluded.next_poll_at
                """).param("id", SyncCursor.ofUser(userId)).param("orgId", orgId).param("userId", userId)
                .param("watermark", Timestamps.utc(watermark)).param("interval", interval.toMillis())
                .param("now", Timestamps.utc(now)).update();
    }

    Optional<SyncCursor> claimDue(String node, Instant now, Instant until) {
        return jdbc.sql("""
                update sync_cursor c set claimed_by = :node, claimed_until = :until
                where c.cursor_id = (
                    select cursor_id from sync_cursor
                    where next_poll_at <= :now and (claimed_until is null or claimed_until < :now)
                    order by next_poll_at limit 1
                    for update skip locked)
                returning c.cursor_id, c.org_id, c.user_id, c.watermark, c.interval_ms
                """).param("node", node).param("now", Timestamps.utc(now)).param("until", Timestamps.utc(until))
                .query((rs, row) -> new SyncCursor(rs.getString("cursor_id"), rs.getString("org_id"),
                        rs.getObject("user_id", UUID.class), Timestamps.read(rs, "watermark"),
                        Duration.ofMillis(rs.getLong("interval_ms"))))
                .optional();
    }

    /** Saves the poll's result; the watermark never moves back here (a concurrent ensure may have). */
    void savePoll(SyncCursor cursor, Instant watermark, Duration interval, Instant now) {
        jdbc.sql("""
                update sync_cursor set
                    watermark = case when watermark < :polledFrom then watermark else greatest(watermark, :watermark) end,
                    interval_ms = :interval, next_poll_at = :next, last_polled_at = :now,
                    claimed_by = null, claimed_until = null
                where cursor_id = :id
                """).param("id", cursor.id()).param("polledFrom", Timestamps.utc(cursor.watermark()))
                .param("watermark", Timestamps.utc(watermark)).param("interval", interval.toMillis())
                .param("next", Timestamps.utc(now.plus(interval))).param("now", Timestamps.utc(now)).update();
    }

    Optional<Instant> watermarkOfUser(UUID userId) {
        return jdbc.sql("select watermark from sync_cursor where cursor_id = :id").param("id", SyncCursor.ofUser(userId))
                .query((rs, row) -> Timestamps.read(rs, "watermark")).optional();
    }
}
