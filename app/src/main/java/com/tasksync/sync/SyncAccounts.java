package com.tasksync.sync;

import com.tasksync.system.Timestamps;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code sync_account} table, read together with the app's {@code sync_setting}: who is
 * waiting for a first sync, who is syncing live, and the claims that keep a first-sync job on one node.
 */
@Repository
public class SyncAccounts {

    private final JdbcClient jdbc;

    SyncAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<SyncAccount> find(UUID userId) {
        return jdbc.sql("select * from sync_account where user_id = :userId")
                .param("userId", userId).query(SyncAccounts::map).optional();
    }

    public void register(UUID userId, String orgId, String salesforceUserId) {
        jdbc.sql("""
                insert into sync_account (user_id, org_id, salesforce_user_id) values (:userId, :orgId, :sfUser)
                on conflict (user_id) do update set org_id = excluded.org_id,
                    salesforce_user_id = excluded.salesforce_user_id
                """).param("userId", userId).param("orgId", orgId).param("sfUser", salesforceUserId).update();
    }

    public void saveWindow(UUID userId, Instant enabledAt, Instant acceptFrom) {
        jdbc.sql("update sync_account set enabled_at = :enabledAt, accept_from = :acceptFrom where user_id = :userId")
                .param("userId", userId).param("enabledAt", Timestamps.utc(enabledAt))
                .param("acceptFrom", Timestamps.utc(acceptFrom)).update();
    }

    public void saveLastSyncPoint(Collection<UUID> userIds, Instant point) {
        if (userIds.isEmpty()) {
            return;
        }
        jdbc.sql("""
                update sync_account set last_sync_point = greatest(coalesce(last_sync_point, :point), :point)
                where user_id = any(:ids)
                """).param("ids", userIds.toArray(UUID[]::new)).param("point", Timestamps.utc(point)).update();
    }

    /** Users whose sync is on and waits for its first sync (or its catch-up after a reconnect). */
    public List<UUID> waitingForFirstSync(Instant now) {
        return jdbc.sql("""
                select s.user_id from sync_setting s
                left join sync_account a on a.user_id = s.user_id
                where s.enabled and s.state = 'importing'
                  and (a.job_claimed_until is null or a.job_claimed_until < :now)
                """).param("now", Timestamps.utc(now)).query(UUID.class).list();
    }

    /** Claims the user's first-sync job for this node; false when another node holds it. */
    public boolean claimJob(UUID userId, String node, Instant now, Instant until) {
        return jdbc.sql("""
                update sync_account set job_claimed_by = :node, job_claimed_until = :until
                where user_id = :userId and (job_claimed_until is null or job_claimed_until < :now
                    or job_claimed_by = :node)
                """).param("userId", userId).param("node", node).param("now", Timestamps.utc(now))
                .param("until", Timestamps.utc(until)).update() == 1;
    }

    public void releaseJob(UUID userId) {
        jdbc.sql("update sync_account set job_claimed_by = null, job_claimed_until = null where user_id = :userId")
                .param("userId", userId).update();
    }

    /** Users of the org whose sync runs live. */
    public List<SyncAccount> live(String orgId) {
        return jdbc.sql("""
                select a.* from sync_account a join sync_setting s on s.user_id = a.user_id
                where a.org_id = :orgId and s.enabled and s.state = 'syncing'
                order by a.user_id
                """).param("orgId", orgId).query(SyncAccounts::map).list();
    }

    /** The account of the user, when the user's sync runs live. */
    public java.util.Optional<SyncAccount> findLive(UUID userId) {
        return jdbc.sql("""
                select a.* from sync_account a join sync_setting s on s.user_id = a.user_id
                where a.user_id = :userId and s.enabled and s.state = 'syncing'
                """).param("userId", userId).query(SyncAccounts::map).optional();
    }

    public List<String> orgsWithLiveUsers() {
        return jdbc.sql("""
                select distinct a.org_id from sync_account a join sync_setting s on s.user_id = a.user_id
                where s.enabled and s.state = 'syncing'
                """).query(String.class).list();
    }

    private static SyncAccount map(ResultSet rs, int row) throws SQLException {
        return new SyncAccount(
                rs.getObject("user_id", UUID.class),
                rs.getString("org_id"),
                rs.getString("salesforce_user_id"),
                Timestamps.read(rs, "enabled_at"),
                Timestamps.read(rs, "accept_from"),
                Timestamps.read(rs, "last_sync_point"));
    }
}
