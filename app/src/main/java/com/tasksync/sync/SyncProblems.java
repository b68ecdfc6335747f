package com.tasksync.sync;

import com.tasksync.sync.SyncLogEntry.Action;
import com.tasksync.sync.SyncLogEntry.Direction;
import com.tasksync.sync.SyncProblem.Source;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the {@code sync_problem} table: the sync engine reports a failure each time it meets one
 * and clears it once that part works again. The first report of a problem and its clearing each
 * write one sync log entry, so an outage shows once in the log however many retries it takes.
 */
@Service
public class SyncProblems {

    private final JdbcClient jdbc;
    private final SyncLog log;
    private final Clock clock;

    SyncProblems(JdbcClient jdbc, SyncLog log, Clock clock) {
        this.jdbc = jdbc;
        this.log = log;
        this.clock = clock;
    }

    /** Records the problem for each user; a new problem (or a new code) starts now and goes to the log. */
    @Transactional
    public void report(Collection<UUID> userIds, Source source, String code, String message, Instant nextTryAt) {
        var now = clock.instant();
        for (var userId : userIds) {
            var started = jdbc.sql("""
                    insert into sync_problem (user_id, source, code, message, since, next_try_at)
                    values (:userId, :source, :code, :message, :now, :next)
                    on conflict (user_id, source) do update set message = excluded.message,
                        next_try_at = excluded.next_try_at,
                        since = case when sync_problem.code = excluded.code then sync_problem.since else excluded.since end,
                        code = excluded.code
                    returning since = :now
                    """).param("userId", userId).param("source", source.value()).param("code", code)
                    .param("message", message).param("now", utc(now)).param("next", utc(nextTryAt))
                    .query(Boolean.class).single();
            if (started) {
                log.record(new SyncLogEntry(userId, now, direction(source), Action.PROBLEM, null, null, null,
                        message + (nextTryAt == null ? "" : " TaskSync tries again at " + nextTryAt + ".")));
            }
        }
    }

    /** Clears the source's problem of each user; each one cleared writes a "works again" log entry. */
    @Transactional
    public void clear(Collection<UUID> userIds, Source source) {
        if (userIds.isEmpty()) {
            return;
        }
        var now = clock.instant();
        record Cleared(UUID userId, String code, Instant since) {}
        var cleared = jdbc.sql("""
                delete from sync_problem where user_id = any(:ids) and source = :source
                returning user_id, code, since
                """).param("ids", userIds.toArray(UUID[]::new)).param("source", source.value())
                .query((rs, row) -> new Cleared(rs.getObject("user_id", UUID.class), rs.getString("code"),
                        rs.getObject("since", java.time.OffsetDateTime.class).toInstant()))
                .list();
        for (var c : cleared) {
            log.record(new SyncLogEntry(c.userId(), now, direction(source), Action.RECOVERED, null, null, null,
                    "Works again after " + describe(Duration.between(c.since(), now)) + " (" + c.code() + ")."));
        }
    }

    public List<SyncProblem> of(UUID userId) {
        return jdbc.sql("select * from sync_problem where user_id = :userId order by since, source")
                .param("userId", userId)
                .query((rs, row) -> new SyncProblem(Source.of(rs.getString("source")), rs.getString("code"),
                        rs.getString("message"), rs.getObject("since", java.time.OffsetDateTime.class).toInstant(),
                        rs.getObject("next_try_at", java.time.OffsetDateTime.class) == null ? null
                                : rs.getObject("next_try_at", java.time.OffsetDateTime.class).toInstant()))
                .list();
    }

    private static Direction direction(Source source) {
        return source == Source.OUTBOUND ? Direction.TO_SALESFORCE
                : source == Source.INBOUND || source == Source.FIRST_SYNC ? Direction.FROM_SALESFORCE : Direction.LOCAL;
    }

    private static String describe(Duration duration) {
        var seconds = Math.max(0, duration.toSeconds());
        return seconds < 120 ? seconds + " s" : seconds / 60 + " min";
    }

    private static java.time.OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
