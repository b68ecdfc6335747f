package com.tasksync.sync;

import com.tasksync.system.Timestamps;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The one statement of when a user's sync shows as {@code waiting}: sync on and live, no stored problem,
 * and a change not yet sent (nor refused: a blocked one waits for the user) older than
 * {@link #TOO_LONG}, counted from the last enable. {@link SyncHealth} asks it per user, the admins'
 * figures per org. It reads the outbox's table (the outbound side writes it; reads across parts are
 * allowed) so that no org's figure costs a read per user.
 */
final class WaitingUsers {

    /** How long a change may wait to reach Salesforce, with no failure recorded, before the user is told. */
    static final java.time.Duration TOO_LONG = java.time.Duration.ofMinutes(10);

    /** An org's users whose changes wait too long, and since when the longest has waited. */
    record InOrg(String orgId, long users, Instant since) {}

    /** Each waiting user and since when: its oldest unsent change, or the last enable if that came later. */
    private static final String WAITING = """
            select s.user_id, greatest(o.oldest, coalesce(s.enabled_at, o.oldest)) as since
            from sync_setting s
            join lateral (select min(e.created_at) as oldest from outbox_entry e
                          where e.user_id = s.user_id and not e.blocked) o on o.oldest is not null
            where s.enabled and s.state = 'syncing'
              and not exists (select 1 from sync_problem p where p.user_id = s.user_id)
              and greatest(o.oldest, coalesce(s.enabled_at, o.oldest)) < :cutoff
            """;

    private WaitingUsers() {}

    static List<InOrg> byOrg(JdbcClient jdbc, Clock clock) {
        return jdbc.sql("select a.org_id, count(*) as users, min(w.since) as since from (" + WAITING + ") w"
                        + " join sync_account a on a.user_id = w.user_id group by a.org_id order by a.org_id")
                .param("cutoff", cutoff(clock))
                .query((rs, row) -> new InOrg(rs.getString("org_id"), rs.getLong("users"), Timestamps.read(rs, "since")))
                .list();
    }

    /** Since when the user's changes have waited too long; null when they do not. */
    static Instant since(JdbcClient jdbc, Clock clock, UUID userId) {
        return jdbc.sql("select w.since from (" + WAITING + ") w where w.user_id = :user")
                .param("cutoff", cutoff(clock)).param("user", userId)
                .query((rs, row) -> Timestamps.read(rs, "since")).optional().orElse(null);
    }

    private static java.time.OffsetDateTime cutoff(Clock clock) {
        return Timestamps.utc(clock.instant().minus(TOO_LONG));
    }
}
