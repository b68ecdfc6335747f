package com.tasksync.inbound;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How sync reads Salesforce, under {@code tasksync.sync}.
 *
 * @param pollInterval the poll interval while changes come in
 * @param maxPollInterval the longest interval the poll backs off to while idle: the wait of a change made
 *     in Salesforce after an idle stretch, so at most 10 s by default to keep that wait's p99 under 12 s
 * @param lowBudgetPollInterval the interval while the org's API budget runs low or is used up;
 *     the only reason to poll less often than {@code maxPollInterval}
 * @param pollOverlap how far before the watermark each poll looks again, so a row committed late
 *     with an earlier SystemModstamp (or in the same second) is never missed
 * @param claimLease how long a claimed poll stays with its node, and how long a write in flight
 *     holds back reads of its record before its node is taken for dead
 * @param background whether the poll runs by itself; tests step it
 */
@ConfigurationProperties("tasksync.sync")
public record InboundProperties(
        @DefaultValue("5s") Duration pollInterval,
        @DefaultValue("10s") Duration maxPollInterval,
        @DefaultValue("2m") Duration lowBudgetPollInterval,
        @DefaultValue("60s") Duration pollOverlap,
        @DefaultValue("2m") Duration claimLease,
        @DefaultValue("true") boolean background) {

    public InboundProperties {
        if (pollInterval.isNegative() || pollInterval.isZero() || maxPollInterval.compareTo(pollInterval) < 0) {
            throw new IllegalArgumentException("tasksync.sync.poll-interval must be positive and at most "
                    + "tasksync.sync.max-poll-interval");
        }
        if (lowBudgetPollInterval.compareTo(maxPollInterval) < 0) {
            throw new IllegalArgumentException("tasksync.sync.low-budget-poll-interval must be at least "
                    + "tasksync.sync.max-poll-interval");
        }
        if (pollOverlap.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("tasksync.sync.poll-overlap must be at least 1s");
        }
    }
}
