package com.tasksync.inbound.apply;

import com.tasksync.system.Timestamps;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code inbound_set_aside} table: Salesforce records that could not be applied, with the
 * reason, so that one bad record never stops the others. A record leaves it once it applies.
 */
@Repository
public class SetAsideRecords {

    /** One record set aside. */
    public record SetAside(String salesforceId, String subject, String reason, Instant systemModstamp,
            Instant firstSeenAt, Instant lastSeenAt, int attempts) {}

    private final JdbcClient jdbc;

    SetAsideRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Sets the record aside; true when it was not set aside already with this version. */
    boolean setAside(UUID userId, String salesforceId, String subject, String reason, Instant modstamp, Instant now) {
        return jdbc.sql("""
                insert into inbound_set_aside (user_id, salesforce_id, subject, reason, system_modstamp,
                    first_seen_at, last_seen_at)
                values (:userId, :salesforceId, :subject, :reason, :modstamp, :now, :now)
                on conflict (user_id, salesforce_id) do update set subject = excluded.subject,
                    reason = excluded.reason, last_seen_at = excluded.last_seen_at,
                    attempts = inbound_set_aside.attempts + 1, retry_requested = false,
                    system_modstamp = excluded.system_modstamp
                returning attempts = 1 or system_modstamp is distinct from :modstamp
                """).param("userId", userId).param("salesforceId", salesforceId).param("subject", subject)
                .param("reason", reason).param("modstamp", Timestamps.utc(modstamp)).param("now", Timestamps.utc(now))
                .query(Boolean.class).single();
    }

    /** Of these records, those set aside for any of the users. */
    Set<String> among(Collection<UUID> userIds, Collection<String> salesforceIds) {
        if (userIds.isEmpty() || salesforceIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("""
                select salesforce_id from inbound_set_aside where user_id = any(:users) and salesforce_id = any(:ids)
                """).param("users", userIds.toArray(UUID[]::new)).param("ids", salesforceIds.toArray(String[]::new))
                .query(String.class).list());
    }

    void remove(UUID userId, String salesforceId) {
        jdbc.sql("delete from inbound_set_aside where user_id = :userId and salesforce_id = :salesforceId")
                .param("userId", userId).param("salesforceId", salesforceId).update();
    }

    public List<SetAside> of(UUID userId) {
        return of(userId, Integer.MAX_VALUE);
    }

    /** The user's records set aside, the first seen first, at most {@code limit}. */
    List<SetAside> of(UUID userId, int limit) {
        return jdbc.sql("""
                select * from inbound_set_aside where user_id = :userId order by first_seen_at, salesforce_id
                limit :limit
                """).param("userId", userId).param("limit", limit)
                .query((rs, row) -> new SetAside(rs.getString("salesforce_id"), rs.getString("subject"),
                        rs.getString("reason"), Timestamps.read(rs, "system_modstamp"),
                        Timestamps.read(rs, "first_seen_at"), Timestamps.read(rs, "last_seen_at"),
                        rs.getInt("attempts")))
                .list();
    }

    public long count(UUID userId) {
        return jdbc.sql("select count(*) from inbound_set_aside where user_id = :userId").param("userId", userId)
                .query(Long.class).single();
    }

    /** The user asked to try again: the next poll reads these records afresh. */
    public int requestRetry(UUID userId) {
        return jdbc.sql("update inbound_set_aside set retry_requested = true where user_id = :userId")
                .param("userId", userId).update();
    }

    /** Takes the retries these users asked for: the records to read afresh now. */
    List<String> takeRetryRequests(Collection<UUID> userIds) {
        if (userIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                update inbound_set_aside set retry_requested = false
                where user_id = any(:users) and retry_requested returning salesforce_id
                """).param("users", userIds.toArray(UUID[]::new)).query(String.class).list();
    }
}
