package com.tasksync.sync;

import com.tasksync.system.Timestamps;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The users whose sync {@link SyncHealth} shows as {@code waiting}, counted per org for the admins'
 * figures in one statement: sync on and live, no stored problem, and an unsent change older than
 * {@link SyncHealth#WAITING_TOO_LONG} counted from the last enable. It reads the outbox's table (the
 * outbound side writes it; reads across parts are allowed) so that no org's figure costs a read per user.
 */
final class WaitingUsers {

    /** An org's users whose changes wait too long, and since when the longest has waited. */
    record InOrg(String orgId, long users, Instant since) {}

    private WaitingUsers() {}

    static List<InOrg> byOrg(JdbcClient jdbc, Clock clock) {
        return jdbc.sql("""
                select a.org_id, count(*) as users, min(greatest(o.oldest, coalesce(s.enabled_at, o.oldest))) as since
                from sync_setting s
                join sync_account a on a.user_id = s.user_id
                join lateral (select min(e.created_at) as oldest from outbox_entry e
                              where e.user_id = s.user_id and not e.blocked) o on o.oldest is not null
                where s.enabled and s.state = 'syncing'
                  and not exists (select 1 from sync_problem p where p.user_id = s.user_id)
                  and greatest(o.oldest, coalesce(s.enabled_at, o.oldest)) < :cutoff
                group by a.org_id
                order by a.org_id
                """).param("cutoff", Timestamps.utc(clock.instant().minus(SyncHealth.WAITING_TOO_LONG)))
                .query((rs, row) -> new InOrg(rs.getString("org_id"), rs.getLong("users"), Timestamps.read(rs, "since")))
                .list();
    }
}
