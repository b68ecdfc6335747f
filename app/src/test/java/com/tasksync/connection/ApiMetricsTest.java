package com.tasksync.connection;

import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.support.Meters;
import com.tasksync.support.SyncTestBase;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ApiMetricsTest extends SyncTestBase {

    @Autowired
    MeterRegistry registry;

    @Test
    void countsTheEnginesCallsPerOrgAndGaugesTheOrgsBudget() {
        var meters = new Meters(registry);
        var syncing = startSyncing();
        var org = syncing.org().id();
        var reads = meters.counter("tasksync.salesforce.api.calls", "org", org, "kind", "read");

        poll();

        var allocation = syncing.org().org().settings().dailyApiRequests();
        assertThat(meters.counter("tasksync.salesforce.api.calls", "org", org, "kind", "read")).isGreaterThan(reads);
        assertThat(meters.gauge("tasksync.salesforce.org.api.max", "org", org)).isEqualTo(allocation);
        assertThat(meters.gauge("tasksync.salesforce.api.day.share", "org", org)).isEqualTo(allocation * 0.2);
        assertThat(meters.gauge("tasksync.salesforce.api.day.calls", "org", org)).isEqualTo(apiCalls.lastDay(org))
                .isPositive();
        assertThat(meters.gauge("tasksync.salesforce.api.budget.pressure", "org", org))
                .isEqualTo(apiCalls.lastDay(org) / (allocation * 0.2));
    }
}
