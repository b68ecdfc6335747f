package com.tasksync.inbound.poll;

import com.tasksync.connection.ApiBudget;
import com.tasksync.salesforce.client.error.SalesforceApiException;
import com.tasksync.sync.SyncAccounts;
import com.tasksync.sync.SyncLifecycle;
import com.tasksync.sync.SyncProblem.Source;
import com.tasksync.sync.SyncProblems;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records how a poll went: the cursor's new watermark and interval, the user's last sync point and
 * last sync, and the problem it met or cleared, each in its own transaction.
 */
@Component
class PollRecorder {

    private final SyncCursors cursors;
    private final SyncAccounts accounts;
    private final SyncLifecycle states;
    private final SyncProblems problems;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ApiBudget budget;

    PollRecorder(SyncCursors cursors, SyncAccounts accounts, SyncLifecycle states, SyncProblems problems,
            TransactionTemplate transaction, Clock clock, ApiBudget budget) {
        this.budget = budget;
        this.cursors = cursors;
        this.accounts = accounts;
        this.states = states;
        this.problems = problems;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** A read that went through; {@code readStartedAt} is Salesforce's time when it began, or null if not known. */
    void read(SyncCursor cursor, Instant watermark, Instant readStartedAt, Duration next) {
        var users = List.of(cursor.userId());
        transaction.executeWithoutResult(status -> cursors.savePoll(cursor, watermark, readStartedAt, next,
                clock.instant()));
        transaction.executeWithoutResult(status -> {
            accounts.saveLastSyncPoint(users, watermark);
            states.synced(users, clock.instant());
        });
        problems.clear(users, Source.INBOUND);
        problems.clear(users, Source.BUDGET);
    }

    void overBudget(SyncCursor cursor, Duration next) {
        save(cursor, cursor.watermark(), next);
        var why = budget.holdingBack(cursor.orgId());
        problems.report(List.of(cursor.userId()), Source.BUDGET, why.code(), why.message(), clock.instant().plus(next));
    }

    void failed(SyncCursor cursor, RuntimeException e, Duration retryIn) {
        save(cursor, cursor.watermark(), retryIn);
        if (e instanceof SalesforceApiException api && api.reconnectRequired()) {
            states.reconnect(cursor.userId(), "Salesforce refused the stored sign-in; connect again.");
        }
        problems.report(List.of(cursor.userId()), Source.INBOUND, code(e),
                "Reading changes from Salesforce failed: " + describe(e) + ".", clock.instant().plus(retryIn));
    }

    private void save(SyncCursor cursor, Instant watermark, Duration interval) {
        transaction.executeWithoutResult(status -> cursors.savePoll(cursor, watermark, null, interval, clock.instant()));
    }

    static String code(RuntimeException e) {
        return e instanceof SalesforceApiException api ? api.errorCode() : "INTERNAL";
    }

    static String describe(RuntimeException e) {
        if (e instanceof SalesforceApiException api) {
            var status = api.httpStatus() == 0 ? "no answer" : "HTTP " + api.httpStatus();
            return api.errorCode() + " (" + status + "): " + api.salesforceMessage();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
