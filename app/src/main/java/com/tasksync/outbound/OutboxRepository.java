package com.tasksync.outbound;

import com.tasksync.system.Timestamps;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code outbox_entry} table: enqueue, claim (one claim at a time, across nodes), mark sent, retry, block. */
@Repository
class OutboxRepository {

    private final JdbcClient jdbc;

    OutboxRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void enqueue(UUID userId, UUID taskId, String changeKind, Instant now) {
        jdbc.sql("""
                insert into outbox_entry (task_id, user_id, change_kind, next_attempt_at, created_at)
                values (:taskId, :userId, :kind, :now, :now)
                on conflict (task_id) do update set change_kind = excluded.change_kind,
                    revision = outbox_entry.revision + 1, attempts = 0, next_attempt_at = excluded.next_attempt_at,
                    blocked = false, last_error = null
                """).param("taskId", taskId).param("userId", userId).param("kind", changeKind)
                .param("now", Timestamps.utc(now)).update();
    }

    /** {@link #enqueue} for several tasks of one user, the same change of each, with one statement. */
    void enqueueAll(UUID userId, java.util.Collection<UUID> taskIds, String changeKind, Instant now) {
        if (taskIds.isEmpty()) {
            return;
        }
        jdbc.sql("""
                insert into outbox_entry (task_id, user_id, change_kind, next_attempt_at, created_at)
                select t, :userId, :kind, :now, :now from unnest(cast(:taskIds as uuid[])) as t order by t
                on conflict (task_id) do update set change_kind = excluded.change_kind,
                    revision = outbox_entry.revision + 1, attempts = 0, next_attempt_at = excluded.next_attempt_at,
                    blocked = false, last_error = null
                """).param("taskIds", taskIds.toArray(UUID[]::new)).param("userId", userId).param("kind", changeKind)
                .param("now", Timestamps.utc(now)).update();
    }

    /** Those of these tasks that have an outbox entry. */
    java.util.Set<UUID> existingAmong(java.util.Collection<UUID> taskIds) {
        if (taskIds.isEmpty()) {
            return java.util.Set.of();
        }
        return java.util.Set.copyOf(jdbc.sql("select task_id from outbox_entry where task_id = any(:ids)")
                .param("ids", taskIds.toArray(UUID[]::new)).query(UUID.class).list());
    }

    /**
     * Whether a change of the task is sync's to send: it has a link that the user did not take out of
     * sync (with or without a Salesforce record yet), or an outbox entry still waiting. One statement.
     */
    boolean covers(UUID taskId) {
        return Boolean.TRUE.equals(jdbc.sql("""
                select exists (select 1 from task_link where task_id = :taskId and unlinked_at is null)
                    or exists (select 1 from outbox_entry where task_id = :taskId)
                """).param("taskId", taskId).query(Boolean.class).single());
    }

    boolean exists(UUID taskId) {
        return jdbc.sql("select count(*) from outbox_entry where task_id = :taskId")
                .param("taskId", taskId).query(Long.class).single() > 0;
    }

    /**
     * Waits until no other relay, of any node, is claiming, and holds that turn until the caller's
     * transaction ends. Claims that overlap in time fight over the same rows: the later one reads as due
     * the entries the earlier one is taking, and waits for them. When claims locked their rows with
     * {@code FOR UPDATE SKIP LOCKED}, such an overlap locked each entry the other had just claimed, had
     * PostgreSQL re-evaluate the whole query for it, and kept those locks for tens of seconds while the
     * relays recording their answers waited (10,000 edits at 300 ms a call: 73 s in the throughput
     * harness). Claims take milliseconds; one after the other, each sees the others' claims.
     */
    void awaitClaimTurn() {
        if (!org.springframework.transaction.support.TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("a claim's turn lasts until its transaction ends: start one first");
        }
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended('outbox-claim', 0))").query((rs, row) -> 1).list();
    }

    /**
     * Claims up to {@code limit} due entries of users whose sync runs live, for this node until {@code until}.
     * The due entries are read without locks, then claimed with an update that looks at each again: a
     * claim takes its turn first ({@link #awaitClaimTurn}), so only writers of single entries (an edit, an
     * answer recorded) can have changed one in between, and such an entry is passed over or waited for
     * briefly. (Locking them in the read, {@code FOR UPDATE SKIP LOCKED}, had PostgreSQL re-evaluate the
     * whole join for each entry an edit changed meanwhile: one claim took 8 s with 10,000 edits coming in.)
     * Without the turn two claims still never take one entry twice: the later update waits for the earlier
     * and then finds the entry claimed.
     */
    List<OutboxEntry> claimDueEntries(String node, Instant now, Instant until, int limit) {
        var due = jdbc.sql("""
                select e.task_id from outbox_entry e join sync_setting s on s.user_id = e.user_id
                where not e.blocked and e.next_attempt_at <= :now
                  and (e.claimed_until is null or e.claimed_until < :now)
                  and s.enabled and s.state = 'syncing'
                order by e.next_attempt_at, e.task_id
                limit :limit
                """).param("now", Timestamps.utc(now)).param("limit", limit).query(UUID.class).list();
        if (due.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                update outbox_entry o set claimed_by = :node, claimed_until = :until
                where o.task_id = any(:ids) and not o.blocked and o.next_attempt_at <= :now
                  and (o.claimed_until is null or o.claimed_until < :now)
                returning o.task_id, o.user_id, o.change_kind, o.revision, o.attempts
                """).param("ids", due.toArray(UUID[]::new)).param("node", node).param("now", Timestamps.utc(now))
                .param("until", Timestamps.utc(until)).query(OutboxRepository::map).list();
    }

    /**
     * {@link #markSent} for several entries, the deletes in one statement; the task ids of the entries
     * removed (the others, changed meanwhile, are given back to be sent again).
     */
    java.util.Set<java.util.UUID> markAllSent(List<OutboxEntry> entries) {
        if (entries.isEmpty()) {
            return java.util.Set.of();
        }
        var removed = new java.util.HashSet<>(jdbc.sql("""
                delete from outbox_entry e
                using unnest(cast(:tasks as uuid[]), cast(:revisions as bigint[])) as v(task_id, revision)
                where e.task_id = v.task_id and e.revision = v.revision
                returning e.task_id
                """)
                .param("tasks", entries.stream().map(OutboxEntry::taskId).toArray(UUID[]::new))
                .param("revisions", entries.stream().map(OutboxEntry::revision).toArray(Long[]::new))
                .query(UUID.class).list());
        entries.stream().filter(entry -> !removed.contains(entry.taskId())).forEach(entry -> release(entry, null));
        return removed;
    }

    /** Removes the entry if no newer change came in meanwhile; true when it was removed. */
    boolean markSent(OutboxEntry entry) {
        var removed = jdbc.sql("delete from outbox_entry where task_id = :taskId and revision = :revision")
                .param("taskId", entry.taskId()).param("revision", entry.revision()).update() == 1;
        if (!removed) {
            release(entry, null);
        }
        return removed;
    }

    void scheduleRetry(OutboxEntry entry, Instant next, String error) {
        jdbc.sql("""
                update outbox_entry set attempts = attempts + 1, last_error = :error,
                    next_attempt_at = case when revision = :revision then :next else next_attempt_at end,
                    claimed_by = null, claimed_until = null
                where task_id = :taskId
                """).param("taskId", entry.taskId()).param("revision", entry.revision())
                .param("next", Timestamps.utc(next)).param("error", error).update();
    }

    /** Gives the entry back without counting an attempt, due again at {@code next} (or as it was when null). */
    void release(OutboxEntry entry, Instant next) {
        jdbc.sql("""
                update outbox_entry set claimed_by = null, claimed_until = null,
                    next_attempt_at = coalesce(:next, next_attempt_at)
                where task_id = :taskId
                """).param("taskId", entry.taskId()).param("next", Timestamps.utc(next)).update();
    }

    /** Blocks the entry until the task changes again; true when it was blocked (no newer change came in). */
    boolean block(OutboxEntry entry, String error) {
        var blocked = jdbc.sql("""
                update outbox_entry set blocked = true, attempts = attempts + 1, last_error = :error,
                    claimed_by = null, claimed_until = null
                where task_id = :taskId and revision = :revision
                """).param("taskId", entry.taskId()).param("revision", entry.revision()).param("error", error)
                .update() == 1;
        if (!blocked) {
            release(entry, null);
        }
        return blocked;
    }

    /** When the user's next entry falls due, blocked ones left out. */
    java.util.Optional<Instant> nextAttempt(UUID userId) {
        return jdbc.sql("select min(next_attempt_at) from outbox_entry where user_id = :userId and not blocked")
                .param("userId", userId).query((rs, row) -> Timestamps.read(rs, "min")).list().stream()
                .filter(java.util.Objects::nonNull).findFirst();
    }

    /** Makes all the user's entries due now with no attempt counted, blocked ones included; their task ids. */
    /** Makes one task's entry due now with a fresh count of attempts; false when it has none. */
    boolean retryNow(UUID taskId, Instant now) {
        return jdbc.sql("""
                update outbox_entry set blocked = false, attempts = 0, last_error = null, next_attempt_at = :now
                where task_id = :taskId
                """).param("taskId", taskId).param("now", Timestamps.utc(now)).update() == 1;
    }

    void remove(UUID taskId) {
        jdbc.sql("delete from outbox_entry where task_id = :taskId").param("taskId", taskId).update();
    }

    List<UUID> unblock(UUID userId, Instant now) {
        return jdbc.sql("""
                update outbox_entry set blocked = false, attempts = 0, last_error = null, next_attempt_at = :now
                where user_id = :userId and (blocked or attempts > 0)
                returning task_id
                """).param("userId", userId).param("now", Timestamps.utc(now)).query(UUID.class).list();
    }

    /** Entries waiting to be sent, blocked ones, and when the oldest waiting one was first written (or null). */
    record Depth(long pending, long blocked, Instant oldestPending) {}

    Depth depth() {
        return jdbc.sql("""
                select count(*) filter (where not blocked) as pending, count(*) filter (where blocked) as blocked,
                    min(created_at) filter (where not blocked) as oldest
                from outbox_entry
                """).query((rs, row) -> new Depth(rs.getLong("pending"), rs.getLong("blocked"),
                        Timestamps.read(rs, "oldest"))).single();
    }

    long countPending() {
        return jdbc.sql("select count(*) from outbox_entry where not blocked").query(Long.class).single();
    }

    private static OutboxEntry map(ResultSet rs, int row) throws SQLException {
        return new OutboxEntry(rs.getObject("task_id", UUID.class), rs.getObject("user_id", UUID.class),
                rs.getString("change_kind"), rs.getLong("revision"), rs.getInt("attempts"));
    }
}
