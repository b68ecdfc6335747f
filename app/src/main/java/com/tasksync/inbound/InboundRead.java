package com.tasksync.inbound;

import com.tasksync.sync.SyncAccount;
import com.tasksync.sync.SyncLogEntry.Action;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * One read of Salesforce tasks to apply: the accounts by the Salesforce user who owns the records
 * (records of other owners are left out), the log action for tasks it brings in, when the read began
 * on the database's clock (to recognise records older than a write of ours), the org's external ID
 * field, when it has one, and how far Salesforce's clock is ahead of ours, so that "the later change
 * wins" compares times on one clock.
 */
public record InboundRead(Map<String, SyncAccount> owners, Action createAction, Instant startedAt,
        Optional<String> externalIdField, Duration salesforceClockOffset) {

    public InboundRead(Map<String, SyncAccount> owners, Action createAction, Instant startedAt,
            Optional<String> externalIdField) {
        this(owners, createAction, startedAt, externalIdField, Duration.ZERO);
    }

    /** A TaskSync time as Salesforce's clock would have shown it. */
    public Instant onSalesforceClock(Instant taskSyncTime) {
        return taskSyncTime == null ? null : taskSyncTime.plus(salesforceClockOffset);
    }
}
