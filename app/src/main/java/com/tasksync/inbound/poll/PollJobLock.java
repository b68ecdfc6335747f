package com.tasksync.inbound.poll;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Orders a poll job's end against its start. A poll that finds nobody left to read ends its job; a
 * first sync that finishes meanwhile starts it with {@code scheduleIfNotExists}, which sees the running
 * execution and does nothing. Without an order the job could end after that start, and the rep's
 * Salesforce changes would never be read again. Both hold this transaction-scoped PostgreSQL advisory
 * lock, keyed by the job and its instance, until they commit: the end then reads again, after the lock,
 * whether its job is still wanted, and a start waiting for the lock finds the job gone and schedules it.
 */
@Repository
public class PollJobLock {

    private final JdbcClient jdbc;

    PollJobLock(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Holds the lock of the job's instance until the caller's transaction ends. */
    public void hold(String taskName, String instanceId) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("the poll job lock is held until a transaction ends: start one first");
        }
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:key, 0))")
                .param("key", "poll-job:" + taskName + ":" + instanceId).query((rs, row) -> 1).list();
    }
}
