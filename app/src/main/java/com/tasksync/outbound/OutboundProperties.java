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
 */
@ConfigurationProperties("tasksync.sync")
public record OutboundProperties(
        @DefaultValue("10") int maxAttempts,
        @DefaultValue("5s") Duration retryDelay,
        @DefaultValue("15m") Duration maxRetryDelay,
        @DefaultValue("2m") Duration claimLease,
        @DefaultValue("true") boolean background) {

    public OutboundProperties {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("tasksync.sync.max-attempts must be at least 1");
        }
        if (retryDelay.isNegative() || maxRetryDelay.compareTo(retryDelay) < 0) {
            throw new IllegalArgumentException("tasksync.sync.retry-delay must be at least 0 and at most "
                    + "tasksync.sync.max-retry-delay");
        }
    }
}
