package com.tasksync.system;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the app's own meters read their state, under {@code tasksync.metrics}.
 *
 * @param gaugeRefresh how long a value read from PostgreSQL for gauges and the Salesforce health
 *     (outbox depth, users per sync state, an org's calls of the last day) serves before it is read
 *     again; scrapes that come sooner get the same value
 */
@ConfigurationProperties("tasksync.metrics")
public record MetricsProperties(@DefaultValue("5s") Duration gaugeRefresh) {

    public MetricsProperties {
        if (gaugeRefresh.isNegative()) {
            throw new IllegalArgumentException("tasksync.metrics.gauge-refresh must not be negative");
        }
    }
}
