package com.tasksync.inbound.apply;

import com.tasksync.connection.OrgProfiles;
import com.tasksync.sync.SyncAccount;
import com.tasksync.links.TaskLinks;
import com.tasksync.connection.UserClient;
import com.tasksync.mapping.TaskFieldNames;
import com.tasksync.salesforce.client.soql.Soql;
import com.tasksync.sync.SyncLogEntry.Action;
import com.tasksync.salesforce.client.ServerTime;
import java.time.Duration;
import java.util.Map;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.StreamSupport;
import java.util.function.Function;
import java.util.function.IntConsumer;
import org.springframework.stereotype.Component;

/**
 * Reads Salesforce tasks and applies them: the org's SELECT list (with its external ID field when it
 * has one, so our own creates are recognised), the read's start on the database clock taken before
 * the query, and the records set aside whose retry the user asked for. Used by the poll, the first
 * import and the catch-up alike; what became of each record is counted ({@link InboundMetrics}).
 */
@Component
public class InboundReads {

    private final InboundBatches batches;
    private final OrgProfiles profiles;
    private final TaskLinks links;
    private final SetAsideRecords setAside;
    private final InboundMetrics metrics;

    InboundReads(InboundBatches batches, OrgProfiles profiles, TaskLinks links, SetAsideRecords setAside,
            InboundMetrics metrics) {
        this.batches = batches;
        this.profiles = profiles;
        this.links = links;
        this.setAside = setAside;
        this.metrics = metrics;
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
