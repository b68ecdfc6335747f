package com.tasksync.enable;

import com.tasksync.connection.ApiCalls;
import com.tasksync.connection.Connections;
import com.tasksync.inbound.InboundPolling;
import com.tasksync.salesforce.client.error.SalesforceApiException;
import com.tasksync.sync.SyncAccounts;
import com.tasksync.sync.SyncLifecycle;
import com.tasksync.sync.SyncProblem.Source;
import com.tasksync.sync.SyncProblems;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One user's first sync, as the {@link FirstSyncScheduling} job runs it: the import or catch-up, then, in
 * one transaction, the user's polling from the point it reached and the state {@code syncing}. A
 * refused sign-in turns the state to {@code reconnect} and ends the job; any other failure is shown
 * as a problem and thrown, and the job runs again with backoff.
 */
@Component
public class FirstSyncJob {

    private static final Logger log = LoggerFactory.getLogger(FirstSyncJob.class);

    private final SyncAccounts accounts;
    private final SyncLifecycle states;
    private final Connections connections;
    private final FirstSyncRun run;
    private final InboundPolling polling;
    private final ApiCalls calls;
    private final SyncProblems problems;
    private final TransactionTemplate transaction;
    private final Clock clock;

    FirstSyncJob(SyncAccounts accounts, SyncLifecycle states, Connections connections, FirstSyncRun run,
            InboundPolling polling, ApiCalls calls, SyncProblems problems, TransactionTemplate transaction,
            Clock clock) {
        this.accounts = accounts;
        this.states = states;
        this.connections = connections;
        this.run = run;
        this.polling = polling;
        this.calls = calls;
        this.problems = problems;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Runs the user's first sync if it still waits for one; true when it ran to the end. */
    public boolean run(UUID userId) {
        if (!accounts.waitingForFirstSync().contains(userId)) {
            return false;
        }
        var connection = connections.find(userId);
        if (connection.isEmpty()) {
            states.reconnect(userId, "Connect Salesforce to start sync.");
            return false;
        }
        accounts.register(userId, connection.get().organizationId(), connection.get().salesforceUserId());
        try {
            var result = run.run(userId);
            transaction.executeWithoutResult(status -> {
                polling.start(userId, result.orgId(), result.window().enableTime());
                accounts.saveLastSyncPoint(List.of(userId), result.window().enableTime());
                states.syncing(userId, clock.instant());
            });
            problems.clear(List.of(userId), Source.FIRST_SYNC);
            log.info("First sync of user {} done: {} Salesforce tasks read, {} taken in", userId, result.read(),
                    result.changed());
            return true;
        } catch (SalesforceApiException e) {
            if (e.reconnectRequired()) {
                states.reconnect(userId, "Salesforce refused the stored sign-in; connect again to start sync.");
                return false;
            }
            throw failed(userId, e, e.errorCode());
        } catch (RuntimeException e) {
            throw failed(userId, e, "INTERNAL");
        } finally {
            calls.flush();
        }
    }

    private RuntimeException failed(UUID userId, RuntimeException e, String code) {
        log.warn("First sync of user {} failed; it runs again later", userId, e);
        problems.report(List.of(userId), Source.FIRST_SYNC, code, "The first sync failed: " + e.getMessage() + ".",
                null);
        return e;
    }
}
