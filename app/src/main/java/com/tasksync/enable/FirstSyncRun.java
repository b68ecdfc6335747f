package com.tasksync.enable;

import com.tasksync.connection.ServerClock;
import com.tasksync.connection.UserClient;
import com.tasksync.inbound.InboundImport;
import com.tasksync.inbound.InboundPolling;
import com.tasksync.mapping.SyncWindow;
import com.tasksync.sync.SyncAccount;
import com.tasksync.sync.SyncAccounts;
import com.tasksync.sync.SyncLifecycle;
import com.tasksync.sync.SyncSettings;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * One first sync: decides its window, has inbound import or catch up, then, in one transaction,
 * starts the user's polling from the enable time and turns the state to {@code syncing} — unless the rep
 * switched sync off (and on) meanwhile, which that transaction checks under the switch's row lock. The enable
 * time is read from the Salesforce server's clock ({@link ServerClock}) as the job starts, less the
 * time since the user saved. A first enable imports the user's tasks created or modified in the 24
 * hours before it; a later enable catches up the user's changes since the last sync point and the
 * deletes of the last 15 days.
 */
@Component
class FirstSyncRun {

    private final ServerClock serverClock;
    private final SyncAccounts accounts;
    private final SyncSettings settings;
    private final SyncLifecycle states;
    private final InboundImport inbound;
    private final InboundPolling polling;
    private final EnableSettings enable;

    FirstSyncRun(ServerClock serverClock, SyncAccounts accounts, SyncSettings settings, SyncLifecycle states,
            InboundImport inbound, InboundPolling polling, EnableSettings enable) {
        this.serverClock = serverClock;
        this.accounts = accounts;
        this.settings = settings;
        this.states = states;
        this.inbound = inbound;
        this.polling = polling;
        this.enable = enable;
    }

    /** @param superseded the rep switched sync off and on while it ran: it did not go live, the job runs again */
    record Result(SyncWindow window, int read, int changed, boolean superseded) {}

    Result run(UserClient client) {
        var userId = client.userId();
        var serverNow = serverClock.now(userId);
        // the window is decided under the switch's row lock, from the switch as it stands
        var window = enable.transaction().execute(status -> {
            if (!states.lockWaitingForFirstSync(userId)) {
                return null;
            }
            var decided = window(accounts.find(userId).orElseThrow(), serverNow);
            accounts.saveWindow(userId, decided.enableTime(), decided.acceptFrom());
            states.enabledAt(userId, decided.enableTime(), !decided.reEnable());
            return decided;
        });
        if (window == null) {
            return new Result(null, 0, 0, true);
        }
        var current = accounts.find(userId).orElseThrow();
        var properties = enable.properties();
        var imported = window.reEnable()
                ? inbound.catchUp(client, current, window.acceptFrom().minus(properties.pollOverlap()), serverNow,
                        properties.deleteWindow())
                : inbound.importRecent(client, current, current.acceptFrom());
        var live = enable.transaction().execute(status -> {
            // a switch since this run began has its own first sync to run (its job runs again when this ends)
            if (!states.lockStillEnabledAt(userId, window.enableTime())) {
                return false;
            }
            polling.start(userId, client.orgId(), window.enableTime());
            accounts.saveLastSyncPoint(List.of(userId), window.enableTime());
            states.syncing(userId, enable.clock().instant());
            return true;
        });
        return new Result(window, imported.read(), imported.changed(), !Boolean.TRUE.equals(live));
    }

    private SyncWindow window(SyncAccount account, Instant serverNow) {
        var properties = enable.properties();
        var localNow = enable.clock().instant();
        var localEnable = settings.storedStatus(account.userId()).enabledAt();
        if (account.enabledAt() == null) {
            return SyncWindow.firstEnable(SyncWindow.enableTime(serverNow, localNow, localEnable),
                    properties.importWindow());
        }
        if (account.lastSyncPoint() == null) {
            return SyncWindow.firstEnable(account.enabledAt(), properties.importWindow());
        }
        var newEnable = localEnable != null && !localEnable.equals(account.enabledAt());
        var enableTime = newEnable ? SyncWindow.enableTime(serverNow, localNow, localEnable) : account.enabledAt();
        return SyncWindow.reEnable(enableTime, account.lastSyncPoint(), properties.replicationWindow(),
                properties.importWindow());
    }
}
