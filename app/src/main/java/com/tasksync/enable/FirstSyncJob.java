package com.tasksync.enable;

import com.tasksync.connection.Connections;
import com.tasksync.engine.ApiCalls;
import com.tasksync.engine.FirstSyncFinished;
import com.tasksync.engine.NodeName;
import com.tasksync.engine.SalesforceClients;
import com.tasksync.engine.SyncAccounts;
import com.tasksync.engine.SyncEngineProperties;
import com.tasksync.engine.SyncStates;
import com.tasksync.inbound.SyncCursors;
import com.tasksync.salesforce.client.error.SalesforceApiException;
import com.tasksync.sync.SyncProblem.Source;
import com.tasksync.sync.SyncProblems;
import java.time.Clock;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs first syncs. {@link #runOnce} is one synchronous step: it takes each user whose sync waits
 * in {@code importing}, claims the user's job (one node at a time), runs the import or catch-up,
 * and turns the state to {@code syncing}. A failed job keeps its state, shows its error, and runs
 * again when its claim runs out; a refused sign-in turns the state to {@code reconnect}.
 */
@Component
public class FirstSyncJob {

    private static final Logger log = LoggerFactory.getLogger(FirstSyncJob.class);

    private final SyncAccounts accounts;
    private final SyncStates states;
    private final Connections connections;
    private final FirstSyncRun run;
    private final SyncCursors cursors;
    private final ApiCalls calls;
    private final TransactionTemplate transaction;
    private final SyncEngineProperties properties;
    private final ApplicationEventPublisher events;
    private final SyncProblems problems;
    private final NodeName node;
    private final Clock clock;

    FirstSyncJob(SyncAccounts accounts, SyncStates states, Connections connections, FirstSyncRun run,
            SyncCursors cursors, ApiCalls calls, TransactionTemplate transaction, SyncEngineProperties properties,
            ApplicationEventPublisher events, SyncProblems problems, NodeName node, Clock clock) {
        this.accounts = accounts;
        this.states = states;
        this.connections = connections;
        this.run = run;
        this.cursors = cursors;
        this.calls = calls;
        this.transaction = transaction;
        this.properties = properties;
        this.events = events;
        this.problems = problems;
        this.node = node;
        this.clock = clock;
    }

    /** Runs every first sync that is waiting; returns how many ran. */
    public int runOnce() {
        var ran = 0;
        for (var userId : accounts.waitingForFirstSync(clock.instant())) {
            if (claim(userId)) {
                runClaimed(userId);
                ran++;
            }
        }
        calls.flush();
        return ran;
    }

    private boolean claim(UUID userId) {
        var connection = connections.find(userId);
        if (connection.isEmpty()) {
            states.reconnect(userId, "Connect Salesforce to start sync.");
            return false;
        }
        var now = clock.instant();
        return Boolean.TRUE.equals(transaction.execute(status -> {
            accounts.register(userId, connection.get().organizationId(), connection.get().salesforceUserId());
            return accounts.claimJob(userId, node.value(), now, now.plus(properties.claimLease()));
        }));
    }

    private void runClaimed(UUID userId) {
        try {
            var result = run.run(userId);
            transaction.executeWithoutResult(status -> {
                cursors.ensure(result.orgId(), result.window().enableTime(), properties.pollInterval(),
                        clock.instant());
                accounts.saveLastSyncPoint(java.util.List.of(userId), result.window().enableTime());
                states.syncing(userId, clock.instant());
                accounts.releaseJob(userId);
            });
            problems.clear(java.util.List.of(userId), Source.FIRST_SYNC);
            events.publishEvent(new FirstSyncFinished(userId));
            log.info("First sync of user {} done: {} Salesforce tasks read, {} taken in", userId, result.read(),
                    result.changed());
        } catch (SalesforceApiException e) {
            if (e.reconnectRequired()) {
                states.reconnect(userId, "Salesforce refused the stored sign-in; connect again to start sync.");
                accounts.releaseJob(userId);
            } else {
                failed(userId, e, e.errorCode());
            }
        } catch (RuntimeException e) {
            failed(userId, e, "INTERNAL");
        }
    }

    /** The job keeps its claim until the lease runs out, then runs again: that is the next try. */
    private void failed(UUID userId, RuntimeException e, String code) {
        log.warn("First sync of user {} failed; it runs again later", userId, e);
        problems.report(java.util.List.of(userId), Source.FIRST_SYNC, code,
                "The first sync failed: " + e.getMessage() + ".", clock.instant().plus(properties.claimLease()));
    }
}
