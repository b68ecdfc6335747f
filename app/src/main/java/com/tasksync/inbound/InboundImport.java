package com.tasksync.inbound;

import com.tasksync.inbound.apply.InboundApplier;
import com.tasksync.inbound.apply.InboundBatches;
import com.tasksync.inbound.apply.InboundReads;

import com.tasksync.connection.UserClient;
import com.tasksync.links.TaskLinks;
import com.tasksync.salesforce.client.soql.Soql;
import com.tasksync.sync.SyncAccount;
import com.tasksync.sync.SyncLifecycle;
import com.tasksync.sync.SyncLogEntry.Action;
import com.tasksync.task.SyncedTaskWrites;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The snapshot side of inbound, beside the poll's stream of changes: a first import of the user's
 * tasks created or modified since a point, and a catch-up of every change (deletes included,
 * through queryAll) since the last sync point, followed by getDeleted's list of the last days for
 * linked tasks. Both show their progress on the user's sync state.
 */
@Component
public class InboundImport {

    private static final String FIRST_IMPORT = " FROM Task WHERE OwnerId = :owner"
            + " AND (CreatedDate >= :from OR LastModifiedDate >= :from)";
    private static final String CATCH_UP = " FROM Task WHERE OwnerId = :owner AND SystemModstamp >= :from";

    private final InboundReads reads;
    private final InboundApplier applier;
    private final SyncedTaskWrites tasks;
    private final TaskLinks links;
    private final SyncLifecycle states;
    private final TransactionTemplate transaction;

    InboundImport(InboundReads reads, InboundApplier applier, SyncedTaskWrites tasks, TaskLinks links,
            SyncLifecycle states, TransactionTemplate transaction) {
        this.reads = reads;
        this.applier = applier;
        this.tasks = tasks;
        this.links = links;
        this.states = states;
        this.transaction = transaction;
    }

    /** Records read and TaskSync tasks changed. */
    public record Imported(int read, int changed) {}

    /** Imports the user's tasks created or last modified at or after {@code from}, whatever their due date. */
    public Imported importRecent(UserClient client, SyncAccount account, Instant from) {
        var summary = read(client, account, FIRST_IMPORT, from, Action.IMPORT, false);
        return new Imported(summary.read(), summary.changed());
    }

    /**
     * Catches up every change of the user's tasks since {@code from} (deletes included), then the
     * deletes Salesforce still lists for the last {@code deleteWindow} before {@code serverNow}.
     */
    public Imported catchUp(UserClient client, SyncAccount account, Instant from, Instant serverNow,
            Duration deleteWindow) {
        var summary = read(client, account, CATCH_UP, from, Action.CREATE, true);
        applyRecentDeletes(client, account, serverNow, deleteWindow);
        return new Imported(summary.read(), summary.changed());
    }

    private InboundBatches.Summary read(UserClient client, SyncAccount account, String where, Instant from,
            Action action, boolean withDeleted) {
        var owner = account.salesforceUserId();
        var total = client.client().count(Soql.of("SELECT COUNT()" + where).bind("owner", owner).bind("from", from));
        states.progress(account.userId(), 0, (int) total);
        return reads.read(client, Map.of(owner, account), action, withDeleted,
                select -> Soql.of("SELECT " + select + where).bind("owner", owner).bind("from", from),
                done -> states.progress(account.userId(), done, (int) Math.max(total, done)));
    }

    /** Deletes of the last days (Salesforce's recycle bin) of tasks linked to this user. */
    private void applyRecentDeletes(UserClient client, SyncAccount account, Instant serverNow, Duration window) {
        var deleted = client.client().getDeleted("Task", serverNow.minus(window).plus(Duration.ofMinutes(1)),
                serverNow);
        var byId = deleted.deletedRecords().stream()
                .collect(Collectors.toMap(record -> record.id(), record -> record.deletedDate(), (a, b) -> a));
        transaction.executeWithoutResult(status -> {
            var linked = links.findAllBySalesforceIds(List.of(account.userId()), byId.keySet());
            var taskIds = linked.stream().map(link -> link.taskId()).toList();
            var locked = tasks.lockAll(List.of(account.userId()), taskIds);
            links.lockAll(taskIds).values().stream().filter(link -> byId.containsKey(link.salesforceId()))
                    .forEach(link -> applier.deletedInSalesforce(account, link, locked.get(link.taskId()),
                            byId.get(link.salesforceId())));
        });
    }
}
