package com.tasksync.task;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code idempotency_key} table: one row per user and key, holding the answer of the create that claimed it. */
@Repository
class IdempotencyKeyRepository {

    /** A claimed key as stored: the hash of the request that claimed it and the answer it got. */
    record StoredKey(byte[] requestHash, int responseStatus, String responseBody) {}

    private static final String LOCK_NOT_AVAILABLE = "55P03";

    private final JdbcClient jdbc;

    IdempotencyKeyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims the key for this transaction: true when it was free or its row had expired. When another
     * transaction holds an uncommitted claim of it, this waits until that one ends, at most {@code wait}
     * (then PostgreSQL refuses with a lock timeout). False means a live claim exists; it stays locked
     * until this transaction ends, so it cannot be purged or taken over while its answer is read.
     * Must run inside a transaction.
     */
    boolean claim(UUID userId, String key, byte[] requestHash, Instant now, Instant expiredBefore, Duration wait) {
        var previousTimeout = jdbc.sql("select current_setting('lock_timeout')").query(String.class).single();
        setLockTimeout(wait.toMillis() + "ms");
        var claimed = insertOrTakeOver(userId, key, requestHash, now, expiredBefore);
        setLockTimeout(previousTimeout);
        return claimed;
    }

    private boolean insertOrTakeOver(UUID userId, String key, byte[] requestHash, Instant now, Instant expiredBefore) {
        try {
            return jdbc.sql("""
                    insert into idempotency_key (user_id, key, request_hash, created_at)
                    values (:userId, :key, :requestHash, :now)
                    on conflict (user_id, key) do update
                        set request_hash = excluded.request_hash, created_at = excluded.created_at,
                            response_status = null, response_body = null
                        where idempotency_key.created_at < :expiredBefore
                    returning true
                    """)
                    .param("userId", userId).param("key", key).param("requestHash", requestHash)
                    .param("now", utc(now)).param("expiredBefore", utc(expiredBefore))
                    .query(Boolean.class).optional().isPresent();
        } catch (DataAccessException e) {
            if (isLockTimeout(e)) {
                throw new CannotAcquireLockException("Idempotency key still claimed by another transaction", e);
            }
            throw e;
        }
    }

    void recordAnswer(UUID userId, String key, int status, String body) {
        jdbc.sql("""
                update idempotency_key set response_status = :status, response_body = :body
                where user_id = :userId and key = :key
                """).param("userId", userId).param("key", key).param("status", status).param("body", body).update();
    }

    Optional<StoredKey> find(UUID userId, String key) {
        return jdbc.sql("""
                select request_hash, response_status, response_body from idempotency_key
                where user_id = :userId and key = :key
                """).param("userId", userId).param("key", key)
                .query((rs, row) -> new StoredKey(rs.getBytes("request_hash"), rs.getInt("response_status"),
                        rs.getString("response_body")))
                .optional();
    }

    int deleteCreatedBefore(Instant cutoff) {
        return jdbc.sql("delete from idempotency_key where created_at < :cutoff").param("cutoff", utc(cutoff)).update();
    }

    private void setLockTimeout(String value) {
        jdbc.sql("select set_config('lock_timeout', :value, true)").param("value", value).query(String.class).single();
    }

    private static boolean isLockTimeout(Throwable e) {
        for (var cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && LOCK_NOT_AVAILABLE.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
