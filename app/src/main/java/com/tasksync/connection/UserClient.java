package com.tasksync.connection;

import com.tasksync.salesforce.client.SalesforceClient;
import java.util.UUID;

/** A Salesforce client acting for one TaskSync user, with the org and Salesforce user it acts as. */
public record UserClient(UUID userId, String orgId, String salesforceUserId, SalesforceClient client) {}
