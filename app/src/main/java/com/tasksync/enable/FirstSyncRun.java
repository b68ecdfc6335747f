package com.tasksync.enable;

import com.tasksync.connection.SalesforceClients;
import com.tasksync.connection.ServerClock;
import com.tasksync.sync.SyncAccount;
import com.tasksync.sync.SyncAccounts;
import com.tasksync.sync.SyncLifecycle;
import com.tasksync.links.TaskLinks;
import com.tasksync.connection.UserClient;
import com.tasksync.inbound.InboundApplier;
import com.tasksync.inbound.InboundBatches;
import com.tasksync.inbound.InboundReads;
import com.tasksync.mapping.SyncWindow;
import com.tasksync.salesforce.client.soql.Soql;
import com.tasksync.task.SyncedTaskWrites;
import com.tasksync.sync.SyncLogEntry.Action;
import com.tasksync.sync.SyncSettings;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One first sync. The enable time is read from the Salesforce server's clock ({@link ServerClock})
 * as the job starts, less the time since the user saved.
 * A first enable imports the user's tasks created or modified in the 24 hours before it; a later
 * enable catches up the user's changes (deletes included, through queryAll) since the last sync
 * point and applies getDeleted's list of the last 15 days to linked tasks.
 */
@Component
class FirstSyncRun {

    private static final String FIRST_IMPORT = " FROM Task WHERE OwnerId = :owner"
            + " AND (CreatedDate >= :from OR LastModifiedDate >= :from)";
    private static final String CATCH_UP = " FROM Task WHERE OwnerId = :owner AND SystemModstamp >= :from";

    private final SalesforceClients clients;
    private final ServerClock serverClock;
    private final SyncAccounts accounts;
    private final SyncSettings settings;
    private final SyncLifecycle states;
    private final InboundReads reads;
    private final InboundApplier applier;
    private final SyncedTaskWrites tasks;
    private final TaskLinks links;
    private final TransactionTemplate transaction;
    private final EnableProperties properties;
    private final Clock clock;

    FirstSyncRun(SalesforceClients clients, ServerClock serverClock, SyncAccounts accounts, SyncSettings settings,
            SyncLifecycle states, InboundReads reads, InboundApplier applier, SyncedTaskWrites tasks, TaskLinks links,
            TransactionTemplate transaction, EnableProperties properties, Clock clock) {
        this.clients = clients;
        this.serverClock = serverClock;
        this.accounts = accounts;
        this.settings = settings;
        this.states = states;
        this.reads = reads;
        this.applier = applier;
        this.tasks = tasks;
        this.links = links;
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
        var summary = window.reEnable() ? catchUp(client, current, window, serverNow) : importFirst(client, current);
        return new Result(client.orgId(), window, summary.read(), summary.changed());
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

    private InboundBatches.Summary importFirst(UserClient client, SyncAccount account) {
        var from = account.acceptFrom();
        var total = client.client().count(Soql.of("SELECT COUNT()" + FIRST_IMPORT)
                .bind("owner", account.salesforceUserId()).bind("from", from));
        states.progress(account.userId(), 0, (int) total);
        return reads.read(client, Map.of(account.salesforceUserId(), account), Action.IMPORT, false,
                select -> Soql.of("SELECT " + select + FIRST_IMPORT).bind("owner", account.salesforceUserId())
                        .bind("from", from),
                done -> states.progress(account.userId(), done, (int) Math.max(total, done)));
    }

    private InboundBatches.Summary catchUp(UserClient client, SyncAccount account, SyncWindow window,
            Instant serverNow) {
        var from = window.acceptFrom().minus(properties.pollOverlap());
        var total = client.client().count(Soql.of("SELECT COUNT()" + CATCH_UP)
                .bind("owner", account.salesforceUserId()).bind("from", from));
        states.progress(account.userId(), 0, (int) total);
        var summary = reads.read(client, Map.of(account.salesforceUserId(), account), Action.CREATE, true,
                select -> Soql.of("SELECT " + select + CATCH_UP).bind("owner", account.salesforceUserId())
                        .bind("from", from),
                done -> states.progress(account.userId(), done, (int) Math.max(total, done)));
        applyRecentDeletes(client, account, serverNow);
        return summary;
    }

    /** Deletes of the last 15 days (Salesforce's recycle bin) of tasks linked to this user. */
    private void applyRecentDeletes(UserClient client, SyncAccount account, Instant serverNow) {
        var deleted = client.client().getDeleted("Task",
                serverNow.minus(properties.deleteWindow()).plus(java.time.Duration.ofMinutes(1)), serverNow);
        var byId = deleted.deletedRecords().stream()
                .collect(java.util.stream.Collectors.toMap(record -> record.id(), record -> record.deletedDate(),
                        (a, b) -> a));
        transaction.executeWithoutResult(status -> {
            var linked = links.findAllBySalesforceIds(java.util.List.of(account.userId()), byId.keySet());
            var taskIds = linked.stream().map(link -> link.taskId()).toList();
            var locked = tasks.lockAll(java.util.List.of(account.userId()), taskIds);
            links.lockAll(taskIds).values().stream().filter(link -> byId.containsKey(link.salesforceId()))
                    .forEach(link -> applier.deletedInSalesforce(account, link, locked.get(link.taskId()),
                            byId.get(link.salesforceId())));
        });
    }
}
