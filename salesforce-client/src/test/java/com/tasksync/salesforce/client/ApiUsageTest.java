package com.tasksync.salesforce.client;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApiUsageTest {

    @Test
    void readsUsedAndMaxFromTheLimitInfoHeader() {
        assertThat(ApiUsage.parse("api-usage=18/5000")).contains(new ApiUsage(18, 5000));
        assertThat(new ApiUsage(18, 5000).remaining()).isEqualTo(4982);
    }

    @Test
    void ignoresThePerAppAndBurstParts() {
        assertThat(ApiUsage.parse("per-app-api-usage=17/250(appName=sample); api-usage=25/5000"))
                .contains(new ApiUsage(25, 5000));
        assertThat(ApiUsage.parse("api-usage=25/5000; per-app-api-usage=17/250(appName=sample)"))
                .contains(new ApiUsage(25, 5000));
        assertThat(ApiUsage.parse("api-usage=3/15000,api-bursts=1/750")).contains(new ApiUsage(3, 15000));
    }

    @Test
    void answersNothingForAHeaderWithoutApiUsage() {
        assertThat(ApiUsage.parse("per-app-api-usage=17/250(appName=sample)")).isEmpty();
    }
}
