package com.tasksync.torture.execute;

import com.tasksync.torture.model.Ledger;
import com.tasksync.torture.plan.Plan;
import com.tasksync.torture.salesforce.SalesforceRest;
import com.tasksync.torture.tasksync.RepTaskSync;

/** What a run's parts share: its plan, what users did, the rep's access to both sides, the nodes, and the figures. */
public record RunContext(Plan plan, Ledger ledger, RepTaskSync taskSync, SalesforceRest salesforce, NodePicker nodes,
        RunEvents events) {
}
