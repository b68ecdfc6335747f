package com.tasksync.enable;

import com.tasksync.connection.SalesforceClients;
import com.tasksync.connection.ServerClock;
import com.tasksync.inbound.InboundImport;
import com.tasksync.mapping.SyncWindow;
import com.tasksync.sync.SyncAccount;
import com.tasksync.sync.SyncAccounts;
import com.tasksync.sync.SyncLifecycle;
import com.tasksync.sync.SyncSettings;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One first sync: decides its window and has inbound import or catch up. The enable time is read
 * from the Salesforce server's clock ({@link ServerClock}) as the job starts, less the time since the
 * user saved. A first enable imports the user's tasks created or modified in the 24 hours before it;
 * a later enable catches up the user's changes since the last sync point and the deletes of the last
 * 15 days.
 */
@Component
class FirstSyncRun {

    private final SalesforceClients clients;
    private final ServerClock serverClock;
    private final SyncAccounts accounts;
    private final SyncSettings settings;
    private final SyncLifecycle states;
    private final InboundImport inbound;
    private final TransactionTemplate transaction;
    private final EnableProperties properties;
    private final Clock clock;

    FirstSyncRun(SalesforceClients clients, ServerClock serverClock, SyncAccounts accounts, SyncSettings settings,
            SyncLifecycle states, InboundImport inbound, TransactionTemplate transaction, EnableProperties properties,
            Clock clock) {
        this.clients = clients;
        this.serverClock = serverClock;
        this.accounts = accounts;
        this.settings = settings;
        this.states = states;
        this.inbound = inbound;
        this.transaction = transaction;
        this.properties = properties;
        this.clock = clock;
    }

    record Result(String orgId, SyncWindow window, int read, int changed) {}

    Result run(UUID userId) {
        var serverNow = serverClock.now(userId);
        var client = clients.forUser(userId).orElseThrow(() -> new IllegalStateException("not connected"));
        var account = accounts.find(userId).orElseThrow();
        var window = window(account, serverNow);
        transaction.executeWithoutResult(status -> {
            accounts.saveWindow(userId, window.enableTime(), window.acceptFrom());
            states.enabledAt(userId, window.enableTime(), !window.reEnable());
        });
        var current = accounts.find(userId).orElseThrow();
        var imported = window.reEnable()
                ? inbound.catchUp(client, current, window.acceptFrom().minus(properties.pollOverlap()), serverNow,
                        properties.deleteWindow())
                : inbound.importRecent(client, current, current.acceptFrom());
        return new Result(client.orgId(), window, imported.read(), imported.changed());
    }

    private SyncWindow window(SyncAccount account, Instant serverNow) {
        var status = settings.storedStatus(account.userId());
        var localEnable = status.enabledAt();
        if (account.enabledAt() == null) {
            return SyncWindow.firstEnable(SyncWindow.enableTime(serverNow, clock.instant(), localEnable),
                    properties.importWindow());
        }
        if (account.lastSyncPoint() == null) {
            return SyncWindow.firstEnable(account.enabledAt(), properties.importWindow());
        }
        var newEnable = localEnable != null && !localEnable.equals(account.enabledAt());
        var enableTime = newEnable ? SyncWindow.enableTime(serverNow, clock.instant(), localEnable)
                : account.enabledAt();
        return SyncWindow.reEnable(enableTime, account.lastSyncPoint(), properties.replicationWindow(),
                properties.importWindow());
    }
}
