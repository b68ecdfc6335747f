package com.tasksync.salesforce.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.salesforce.client.support.EmulatorOrg;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LimitsTest {

    private final EmulatorOrg org = EmulatorOrg.start();
    private final SalesforceClient client = org.client();

    @AfterEach
    void stop() {
        org.close();
    }

    @Test
    void knowsNoUsageBeforeTheFirstCall() {
        assertThat(client.apiUsage()).isEmpty();
    }

    @Test
    void tracksApiUsageFromEveryResponse() {
        client.count("SELECT COUNT() FROM Task");
        ApiUsage first = client.apiUsage().orElseThrow();
        client.count("SELECT COUNT() FROM Task");
        ApiUsage second = client.apiUsage().orElseThrow();

        assertThat(first.max()).isEqualTo(org.org().settings().dailyApiRequests());
        assertThat(second.used()).isEqualTo(first.used() + 1);
    }

    @Test
    void readsTheDailyAllocationFromLimits() {
        OrgLimits limits = client.limits();

        OrgLimits.Limit daily = limits.dailyApiRequests().orElseThrow();
        assertThat(daily.max()).isEqualTo(org.org().settings().dailyApiRequests());
        assertThat(daily.used()).isBetween(1L, client.apiUsage().orElseThrow().used());
    }

    @Test
    void readsHowFarSalesforcesClockIsFromOurs() {
        assertThat(client.serverTime()).isEmpty();
        org.emulator().clock().advance(java.time.Duration.ofMinutes(5));

        client.count("SELECT COUNT() FROM Task");

        assertThat(client.serverTime().orElseThrow().offset())
                .isBetween(java.time.Duration.ofMinutes(5).minusSeconds(2), java.time.Duration.ofMinutes(5).plusSeconds(1));
    }

    @Test
    void readsSalesforcesClockFromTheVersionListWithoutUsingARequest() {
        org.emulator().clock().advance(java.time.Duration.ofHours(2));
        client.count("SELECT COUNT() FROM Task");
        long used = client.apiUsage().orElseThrow().used();

        java.time.Instant now = client.serverNow();

        assertThat(now).isBetween(org.emulator().admin().now().minusSeconds(2), org.emulator().admin().now());
        client.count("SELECT COUNT() FROM Task");
        assertThat(client.apiUsage().orElseThrow().used()).isEqualTo(used + 1);
    }

    @Test
    void seesUsageSetInTheOrg() {
        org.emulator().admin().setApiUsage(org.org().id(), 4_000);

        client.count("SELECT COUNT() FROM Task");

        assertThat(client.apiUsage().orElseThrow().used()).isEqualTo(4_001);
        assertThat(client.apiUsage().orElseThrow().remaining())
                .isEqualTo(org.org().settings().dailyApiRequests() - 4_001L);
    }
}
