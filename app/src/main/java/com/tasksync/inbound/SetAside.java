package com.tasksync.inbound;

import com.tasksync.mapping.SalesforceTask;
import com.tasksync.sync.SyncLog;
import com.tasksync.sync.SyncLogEntry;
import com.tasksync.sync.SyncLogEntry.Action;
import com.tasksync.sync.SyncLogEntry.Direction;
import java.time.Clock;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sets aside a Salesforce record that cannot be applied, in its own transaction, with the reason in
 * words and a sync log entry (once per version of the record), so the rep and the admin see it and
 * every other record goes on. A set-aside record is tried again when it changes in Salesforce or
 * when the user asks for a retry, and leaves the list once it applies.
 */
@Component
class SetAside {

    private static final Logger log = LoggerFactory.getLogger(SetAside.class);

    private final SetAsideRecords records;
    private final SyncLog syncLog;
    private final TransactionTemplate transaction;
    private final Clock clock;

    SetAside(SetAsideRecords records, SyncLog syncLog, TransactionTemplate transaction, Clock clock) {
        this.records = records;
        this.syncLog = syncLog;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * Failures of the database itself (a lost connection, a deadlock, a lock timeout) say nothing about
     * the record: the read is tried again as a whole instead of setting records aside.
     */
    static boolean isDatabaseFailure(Throwable failure) {
        return failure instanceof TransientDataAccessException || failure instanceof RecoverableDataAccessException
                || failure instanceof DataAccessResourceFailureException
                || failure instanceof CannotCreateTransactionException
                || failure instanceof TransactionSystemException;
    }

    void record(UUID userId, SalesforceTask remote, RuntimeException failure) {
        var reason = reason(failure);
        log.warn("Setting aside Salesforce task {} of user {}: {}", remote.id(), userId, reason, failure);
        transaction.executeWithoutResult(status -> {
            var now = clock.instant();
            if (records.setAside(userId, remote.id(), remote.fields().subject(), reason, remote.systemModstamp(), now)) {
                syncLog.record(new SyncLogEntry(userId, now, Direction.FROM_SALESFORCE, Action.SET_ASIDE, null,
                        remote.id(), remote.fields().subject(), "This Salesforce task could not be applied and is"
                                + " set aside; the others go on. Reason: " + reason));
            }
        });
    }

    Set<String> among(Collection<UUID> userIds, Collection<String> salesforceIds) {
        return records.among(userIds, salesforceIds);
    }

    void clear(UUID userId, String salesforceId) {
        records.remove(userId, salesforceId);
    }

    private static String reason(Throwable failure) {
        var root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        var message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.length() > 500 ? message.substring(0, 500) + "…" : message;
    }
}
