package com.tasksync.enable;

import com.tasksync.connection.ApiBudget;
import com.tasksync.connection.SalesforceClients;
import com.tasksync.connection.UserClient;
import com.tasksync.salesforce.client.error.SalesforceApiException;
import com.tasksync.sync.SyncAccounts;
import com.tasksync.sync.SyncLifecycle;
import com.tasksync.sync.SyncProblem.Source;
import com.tasksync.sync.SyncProblems;
import com.tasksync.system.LogFields;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;

/**
 * One user's first sync, as the {@link FirstSyncScheduling} job runs it ({@link FirstSyncRun}). A user
 * without a Salesforce connection, or whose sign-in Salesforce refuses, waits in {@code reconnect} and
 * the job ends; any other failure is shown as a problem and thrown, and the job runs again with backoff.
 */
@Component
public class FirstSyncJob {

    private static final Logger log = LoggerFactory.getLogger(FirstSyncJob.class);

    private final SyncAccounts accounts;
    private final SyncLifecycle states;
    private final SalesforceClients clients;
    private final FirstSyncRun run;
    private final SyncProblems problems;
    private final ApiBudget budget;
    private final com.tasksync.sync.SyncSettings settings;

    FirstSyncJob(SyncAccounts accounts, SyncLifecycle states, SalesforceClients clients, FirstSyncRun run,
            SyncProblems problems, ApiBudget budget, com.tasksync.sync.SyncSettings settings) {
        this.settings = settings;
        this.accounts = accounts;
        this.states = states;
        this.clients = clients;
        this.run = run;
        this.problems = problems;
        this.budget = budget;
    }

    /** Runs the user's first sync if it still waits for one; true when it ran to the end. */
    public boolean run(UUID userId) {
        if (!accounts.waitingForFirstSync().contains(userId)) {
            return false;
        }
        try (var user = MDC.putCloseable(LogFields.USER_ID, userId.toString())) {
            var client = clients.forUser(userId);
            if (client.isEmpty()) {
                states.reconnect(userId, "Connect Salesforce to start sync.");
                return false;
            }
            try (var org = MDC.putCloseable(LogFields.ORG_ID, client.get().orgId())) {
                return firstSync(client.get());
            }
        }
    }

    private boolean firstSync(UserClient client) {
        var userId = client.userId();
        var linkedOrg = accounts.linkedOrgOtherThan(userId, client.orgId());
        if (linkedOrg.isPresent()) {
            // connected to another org than the tasks' records: the user chooses first (OrgChange)
            settings.holdForOrgChange(userId, linkedOrg.get(), client.orgId());
            return false;
        }
        accounts.register(userId, client.orgId(), client.salesforceUserId());
        log.debug("First sync of user {} starts", userId);
        try {
            var result = run.run(client);
            if (result.superseded()) {
                log.info("First sync of user {} read {} Salesforce tasks but did not go live: sync was switched"
                        + " off or on again meanwhile", userId, result.read());
                return false;
            }
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
            budget.flush();
        }
    }

    private RuntimeException failed(UUID userId, RuntimeException e, String code) {
        log.warn("First sync of user {} failed; it runs again later", userId, e);
        problems.report(List.of(userId), Source.FIRST_SYNC, code, "The first sync failed: " + e.getMessage() + ".",
                null);
        return e;
    }
}
