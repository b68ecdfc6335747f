package com.tasksync.inbound.apply;

import com.tasksync.mapping.SalesforceTask;
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
 * field, when it has one, how far Salesforce's clock is ahead of ours, so that "the later change
 * wins" compares times on one clock, and who hears what became of each record.
 */
public record InboundRead(Map<String, SyncAccount> owners, Action createAction, Instant startedAt,
        Optional<String> externalIdField, Duration salesforceClockOffset, Observer observer) {

    public InboundRead(Map<String, SyncAccount> owners, Action createAction, Instant startedAt,
            Optional<String> externalIdField) {
        this(owners, createAction, startedAt, externalIdField, Duration.ZERO, Observer.NONE);
    }

    /** A TaskSync time as Salesforce's clock would have shown it. */
    public Instant onSalesforceClock(Instant taskSyncTime) {
        return taskSyncTime == null ? null : taskSyncTime.plus(salesforceClockOffset);
    }

    /** Hears what became of each record once the transaction that applied it has committed. */
    public interface Observer {

        Observer NONE = new Observer() {
            @Override
            public void applied(SalesforceTask remote, Applied outcome) {
            }

            @Override
            public void setAside(SalesforceTask remote) {
            }
        };

        void applied(SalesforceTask remote, Applied outcome);

        void setAside(SalesforceTask remote);
    }
}
