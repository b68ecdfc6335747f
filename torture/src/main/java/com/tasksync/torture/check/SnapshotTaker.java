package com.tasksync.torture.check;

import com.tasksync.torture.execute.NodePicker;
import com.tasksync.torture.salesforce.SalesforceRest;
import com.tasksync.torture.tasksync.RepTaskSync;
import java.time.Instant;
import java.util.ArrayList;

/** Takes snapshots of both sides through the rep's own access: TaskSync's API and Salesforce's {@code queryAll}. */
public final class SnapshotTaker {

    static final String FIELDS = "Id, Subject, Description, ActivityDate, Status, IsClosed, Priority, Type, TaskSubtype, "
            + "ReminderDateTime, IsReminderSet, IsDeleted, TaskSync_Id__c, CreatedDate, LastModifiedDate, SystemModstamp";

    private final RepTaskSync taskSync;
    private final SalesforceRest salesforce;
    private final NodePicker nodes;
    private final String salesforceUserId;

    public SnapshotTaker(RepTaskSync taskSync, SalesforceRest salesforce, NodePicker nodes, String salesforceUserId) {
        this.taskSync = taskSync;
        this.salesforce = salesforce;
        this.nodes = nodes;
        this.salesforceUserId = salesforceUserId;
    }

    public Snapshot take() {
        var node = nodes.url(0);
        var tasks = new ArrayList<>(taskSync.tasks(node, "all"));
        tasks.addAll(taskSync.tasks(node, "trash"));
        var status = taskSync.syncStatus(node);
        var records = salesforce.queryAll("SELECT " + FIELDS + " FROM Task WHERE OwnerId = '" + salesforceUserId + "'");
        return new Snapshot(Instant.now(), tasks, records, status);
    }

    public RepTaskSync taskSync() {
        return taskSync;
    }

    public NodePicker nodes() {
        return nodes;
    }
}
