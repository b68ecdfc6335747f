package com.tasksync.engine;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the sync engine runs.
 *
 * @param pollInterval the inbound poll interval of an org while changes come in
 * @param maxPollInterval the longest interval the poll backs off to when idle or short of budget
 * @param pollOverlap how far before the watermark each poll looks again, so a row committed late
 *     with an earlier SystemModstamp (or in the same second) is never missed
 * @param apiShare the share of each org's daily API allocation the engine may use
 * @param closedStatus the Status written for a completed task
 * @param openStatus the Status written for an open task; empty uses the org's default status
 * @param externalIdField the Task external ID field that makes creates idempotent; empty when the
 *     org has none (a lost create is then found by a query before it is retried)
 * @param importWindow how far before the first enable Salesforce tasks are imported
 * @param deleteWindow how far back deletes are looked up on a re-enable (the recycle bin's 15 days)
 * @param replicationWindow how far back a re-enable catches up from the last sync point
 * @param maxAttempts attempts of one outbound change before it is blocked
 * @param retryDelay the first retry's delay; it doubles up to {@code maxRetryDelay}, with jitter
 * @param claimLease how long a claimed outbox entry or job stays with the node that claimed it
 * @param clientName sent as {@code Sforce-Call-Options: client=<name>} on every call
 * @param background whether the relay, poll and first-sync loops run by themselves; tests step them
 */
@ConfigurationProperties("tasksync.sync")
public record SyncEngineProperties(
        @DefaultValue("10s") Duration pollInterval,
        @DefaultValue("2m") Duration maxPollInterval,
        @DefaultValue("60s") Duration pollOverlap,
        @DefaultValue("0.2") double apiShare,
        @DefaultValue("Completed") String closedStatus,
        @DefaultValue("") String openStatus,
        @DefaultValue("TaskSync_Id__c") String externalIdField,
        @DefaultValue("24h") Duration importWindow,
        @DefaultValue("15d") Duration deleteWindow,
        @DefaultValue("30d") Duration replicationWindow,
        @DefaultValue("10") int maxAttempts,
        @DefaultValue("5s") Duration retryDelay,
        @DefaultValue("15m") Duration maxRetryDelay,
        @DefaultValue("2m") Duration claimLease,
        @DefaultValue("tasksync") String clientName,
        @DefaultValue("true") boolean background) {

    public SyncEngineProperties {
        if (apiShare <= 0 || apiShare > 1) {
            throw new IllegalArgumentException("tasksync.sync.api-share must be in (0, 1], was " + apiShare);
        }
        if (pollInterval.isNegative() || pollInterval.isZero() || maxPollInterval.compareTo(pollInterval) < 0) {
            throw new IllegalArgumentException("tasksync.sync.poll-interval must be positive and at most "
                    + "tasksync.sync.max-poll-interval");
        }
        if (pollOverlap.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("tasksync.sync.poll-overlap must be at least 1s");
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("tasksync.sync.max-attempts must be at least 1");
        }
    }

    public boolean hasExternalIdField() {
        return externalIdField != null && !externalIdField.isBlank();
    }
}
