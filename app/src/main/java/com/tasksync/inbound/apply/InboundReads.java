package com.tasksync.inbound.apply;

import com.tasksync.connection.OrgProfiles;
import com.tasksync.sync.SyncAccount;
import com.tasksync.links.TaskLinks;
import com.tasksync.connection.UserClient;
import com.tasksync.mapping.TaskFieldNames;
import com.tasksync.salesforce.client.soql.Soql;
import com.tasksync.sync.SyncLogEntry.Action;
import com.tasksync.salesforce.client.ServerTime;
import com.tasksync.salesforce.client.record.SObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.StreamSupport;
import java.util.function.Function;
import java.util.function.IntConsumer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads Salesforce tasks and applies them: the org's SELECT list (with its external ID field when it
 * has one, so our own creates are recognised), the read's start on the database clock taken before
 * the query, and the records set aside whose retry the user asked for. Used by the poll, the first
 * import and the catch-up alike; what became of each record is counted ({@link InboundMetrics}).
 */
@Component
public class InboundReads {

    /** Ids in one query's IN list: its text stays well under SOQL's 100,000 characters. */
    static final int IDS_PER_QUERY = 200;

    private final InboundBatches batches;
    private final OrgProfiles profiles;
    private final TaskLinks links;
    private final SetAsideRecords setAside;
    private final InboundMetrics metrics;
    private final TransactionTemplate transaction;

    InboundReads(InboundBatches batches, OrgProfiles profiles, TaskLinks links, SetAsideRecords setAside,
            InboundMetrics metrics, TransactionTemplate transaction) {
        this.batches = batches;
        this.profiles = profiles;
        this.links = links;
        this.setAside = setAside;
        this.metrics = metrics;
        this.transaction = transaction;
    }

    /**
     * Runs the query that {@code soql} builds from the SELECT list (through queryAll when
     * {@code withDeleted}) and applies what it returns to the owners' tasks.
     */
    public InboundBatches.Summary read(UserClient client, Map<String, SyncAccount> owners, Action createAction,
            boolean withDeleted, Function<String, Soql> soql, IntConsumer progress) {
        var externalId = profiles.externalIdField(client);
        var startedAt = links.databaseNow();
        var query = soql.apply(TaskFieldNames.selectList(externalId));
        try (var rows = withDeleted ? client.client().queryAll(query) : client.client().query(query)) {
            var records = rows.iterator();
            records.hasNext(); // the first page arrives, with Salesforce's clock in its Date header
            var offset = client.client().serverTime().map(ServerTime::offset).orElse(Duration.ZERO);
            var read = new InboundRead(owners, createAction, startedAt, externalId, offset,
                    metrics.observer(client.orgId(), createAction, offset));
            return batches.apply(StreamSupport.stream(Spliterators.spliteratorUnknownSize(records, Spliterator.ORDERED),
                    false), read, progress);
        }
    }

    /**
     * Reads the named records of the owners afresh (deleted ones too; {@value #IDS_PER_QUERY} ids a
     * query) and applies them in one transaction, in which {@code alsoWrite} then runs: what it
     * writes commits with them, and when it answers false nothing of either is kept. The records are
     * all read before the transaction starts, so it holds no lock while Salesforce answers; keep the
     * ids few (a few thousand at most).
     */
    public InboundBatches.Summary readTogether(UserClient client, Map<String, SyncAccount> owners, List<String> ids,
            BooleanSupplier alsoWrite) {
        var externalId = profiles.externalIdField(client);
        var startedAt = links.databaseNow();
        var select = TaskFieldNames.selectList(externalId);
        var owned = owners.keySet().stream().sorted().toList();
        var records = new ArrayList<SObject>();
        Duration offset = null;
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            var chunk = ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY));
            try (var rows = client.client().queryAll(Soql.of("SELECT " + select
                    + " FROM Task WHERE Id IN :ids AND OwnerId IN :owners").bind("ids", chunk).bind("owners", owned))) {
                rows.forEachOrdered(records::add);
            }
            if (offset == null) {
                offset = client.client().serverTime().map(ServerTime::offset).orElse(Duration.ZERO);
            }
        }
        var read = new InboundRead(owners, Action.CREATE, startedAt, externalId, offset == null ? Duration.ZERO : offset,
                metrics.observer(client.orgId(), Action.CREATE, offset == null ? Duration.ZERO : offset));
        return transaction.execute(status -> {
            var summary = batches.applyTogether(records, read);
            if (!alsoWrite.getAsBoolean()) {
                status.setRollbackOnly();
            }
            return summary;
        });
    }

    /** Reads afresh the set-aside records whose retry the owners asked for, and applies them. */
    public InboundBatches.Summary retrySetAside(UserClient client, Map<String, SyncAccount> owners) {
        var ids = setAside.takeRetryRequests(owners.values().stream().map(SyncAccount::userId).toList());
        if (ids.isEmpty()) {
            return null;
        }
        return read(client, owners, Action.CREATE, true, select -> Soql.of("SELECT " + select
                + " FROM Task WHERE Id IN :ids").bind("ids", ids), done -> { });
    }
}
