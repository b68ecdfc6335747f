package com.tasksync.connection;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How sync reaches each org, under {@code tasksync.sync}.
 *
 * @param apiShare the share of each org's daily API allocation the engine may use
 * @param closedStatus the Status written for a completed task
 * @param openStatus the Status written for an open task; empty uses the org's default status
 * @param externalIdField the Task external ID field that makes creates idempotent; empty when the
 *     org has none (a lost create is then found by a query before it is retried)
 * @param clientName sent as {@code Sforce-Call-Options: client=<name>} on every call
 */
@ConfigurationProperties("tasksync.sync")
public record SalesforceAccessProperties(
        @DefaultValue("0.2") double apiShare,
        @DefaultValue("Completed") String closedStatus,
        @DefaultValue("") String openStatus,
        @DefaultValue("TaskSync_Id__c") String externalIdField,
        @DefaultValue("tasksync") String clientName) {

    public SalesforceAccessProperties {
        if (apiShare <= 0 || apiShare > 1) {
            throw new IllegalArgumentException("tasksync.sync.api-share must be in (0, 1], was " + apiShare);
        }
    }

    public boolean hasExternalIdField() {
        return externalIdField != null && !externalIdField.isBlank();
    }
}
