package com.tasksync.outbound;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How sync sends changes to Salesforce, under {@code tasksync.sync}.
 *
 * @param maxAttempts attempts of one change Salesforce refuses for a passing reason before it is blocked
 * @param retryDelay the first retry's delay; it doubles up to {@code maxRetryDelay}, with jitter
 * @param claimLease how long a claimed outbox entry stays with the node that claimed it
 * @param background whether the relay runs by itself; tests step it
 * @param callsInFlight sObject Collection calls a node keeps in flight at once for one batch of changes
 *     (Salesforce allows 25 long-running calls per org at once); 1 sends one call after the other
 */
@ConfigurationProperties("tasksync.sync")
public record OutboundProperties(
        @DefaultValue("10") int maxAttempts,
        @DefaultValue("5s") Duration retryDelay,
        @DefaultValue("15m") Duration maxRetryDelay,
        @DefaultValue("2m") Duration claimLease,
        @DefaultValue("true") boolean background,
        @DefaultValue("4") int callsInFlight) {

    public OutboundProperties {
        if (callsInFlight < 1 || callsInFlight > 25) {
            throw new IllegalArgumentException("tasksync.sync.calls-in-flight must be 1 to 25");
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("tasksync.sync.max-attempts must be at least 1");
        }
        if (retryDelay.isNegative() || maxRetryDelay.compareTo(retryDelay) < 0) {
            throw new IllegalArgumentException("tasksync.sync.retry-delay must be at least 0 and at most "
                    + "tasksync.sync.max-retry-delay");
        }
    }
}
