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
 * The {@code sync_account} table, read together with {@code sync_setting}: who is waiting for a
 * first sync and who is syncing live.
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

    /**
     * The org the user's tasks are linked to, when it is not {@code orgId}: the org sync ran with, if
     * any task of the user still holds one of its records.
     */
    public Optional<String> linkedOrgOtherThan(UUID userId, String orgId) {
        return jdbc.sql("""
                select a.org_id from sync_account a
                where a.user_id = :userId and a.org_id <> :orgId
                  and exists (select 1 from task_link l where l.user_id = a.user_id and l.salesforce_id is not null
                              and l.unlinked_at is null)
                """).param("userId", userId).param("orgId", orgId).query(String.class).optional();
    }

    /**
     * Forgets the org the user synced with when it is not {@code orgId} (and no task is linked to it):
     * the next first sync is a first enable in the new org, with its 24-hour import window.
     */
    public void forgetOrgOtherThan(UUID userId, String orgId) {
        jdbc.sql("delete from sync_account where user_id = :userId and org_id <> :orgId")
                .param("userId", userId).param("orgId", orgId).update();
    }

    /** The user has no org any more: the next first sync is a first enable. */
    public void forget(UUID userId) {
        jdbc.sql("delete from sync_account where user_id = :userId").param("userId", userId).update();
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
    public List<UUID> waitingForFirstSync() {
        return jdbc.sql("select user_id from sync_setting where enabled and state = 'importing'")
                .query(UUID.class).list();
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
