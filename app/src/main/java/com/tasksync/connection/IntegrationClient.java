package com.tasksync.connection;

import com.tasksync.salesforce.client.auth.SalesforceConnection;

/**
 * A Salesforce client acting as an org's integration user: {@code reader} for queries (its
 * {@link UserClient#userId()} is null: it acts for no TaskSync user) and {@code session} for the
 * Pub/Sub API, which authenticates with the same tokens.
 */
public record IntegrationClient(String orgId, String salesforceUserId, String username, UserClient reader,
        SalesforceConnection session) {
}
