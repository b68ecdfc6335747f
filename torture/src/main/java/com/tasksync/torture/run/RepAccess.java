package com.tasksync.torture.run;

import com.tasksync.torture.salesforce.SalesforceRest;
import com.tasksync.torture.tasksync.RepTaskSync;

/** One run's rep: their org and Salesforce user, and their access to both sides. */
record RepAccess(String orgId, String salesforceUserId, RepTaskSync taskSync, SalesforceRest salesforce) {
}
