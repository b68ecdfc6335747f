package com.tasksync.system;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code sign_in_failure} table: failed sign-ins per address and per account in fixed
 * windows. A failure after its row's window ended starts a new window; rows whose window ended
 * are deleted a few at a time, so the table holds only what still counts.
 */
@Repository
class SignInFailures {

    enum Scope { ADDRESS, ACCOUNT, DEVICE }

    /** One row: failures in the window, when the window ends, and (accounts) when the next attempt may come. */
    record Count(int failures, Instant windowEndsAt, Instant nextAttemptAt) {

        boolean live(Instant now) {
            return windowEndsAt.isAfter(now);
        }
    }

    private final JdbcClient jdbc;

    SignInFailures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Count> find(Scope scope, String key) {
        return jdbc.sql("select failures, window_ends_at, next_attempt_at from sign_in_failure"
                        + " where scope = :scope and key = :key")
                .param("scope", name(scope))
                .param("key", key)
                .query((rs, row) -> new Count(rs.getInt("failures"),
                        rs.getObject("window_ends_at", OffsetDateTime.class).toInstant(),
                        instant(rs.getObject("next_attempt_at", OffsetDateTime.class))))
                .optional();
    }

    /** Counts one failure, in a new window when the row's has ended, and answers the count after it. */
    int add(Scope scope, String key, Instant now, Instant newWindowEndsAt) {
        return jdbc.sql("""
                insert into sign_in_failure (scope, key, failures, window_ends_at)
                values (:scope, :key, 1, :windowEndsAt)
                on conflict (scope, key) do update set
                    failures = case when sign_in_failure.window_ends_at <= :now then 1
                                    else sign_in_failure.failures + 1 end,
                    next_attempt_at = case when sign_in_failure.window_ends_at <= :now then null
                                           else sign_in_failure.next_attempt_at end,
                    window_ends_at = case when sign_in_failure.window_ends_at <= :now then excluded.window_ends_at
                                          else sign_in_failure.window_ends_at end
                returning failures
                """)
                .param("scope", name(scope))
                .param("key", key)
                .param("now", at(now))
                .param("windowEndsAt", at(newWindowEndsAt))
                .query(Integer.class)
                .single();
    }

    /** Makes the account's next attempt wait until at least {@code next}; never brings it forward. */
    void delayNextAttempt(String key, Instant next) {
        jdbc.sql("update sign_in_failure set next_attempt_at = greatest(next_attempt_at, :next)"
                        + " where scope = 'account' and key = :key")
                .param("key", key)
                .param("next", at(next))
                .update();
    }

    /**
     * Takes the account's turn to attempt a sign-in, only if nobody took it since {@code seen} was
     * read: of several nodes racing for one turn, one wins.
     */
    boolean claimTurn(String key, Count seen, Instant next) {
        return jdbc.sql("""
                update sign_in_failure set next_attempt_at = :next
                where scope = 'account' and key = :key and failures = :failures
                  and next_attempt_at is not distinct from :seenNext
                """)
                .param("key", key)
                .param("failures", seen.failures())
                .param("seenNext", at(seen.nextAttemptAt()))
                .param("next", at(next))
                .update() == 1;
    }

    int deleteEnded(Instant now, int limit) {
        return jdbc.sql("""
                delete from sign_in_failure where ctid = any(array(
                    select ctid from sign_in_failure where window_ends_at <= :now limit :limit))
                """)
                .param("now", at(now))
                .param("limit", limit)
                .update();
    }

    private static String name(Scope scope) {
        return scope.name().toLowerCase(java.util.Locale.ROOT);
    }

    private static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }
}
