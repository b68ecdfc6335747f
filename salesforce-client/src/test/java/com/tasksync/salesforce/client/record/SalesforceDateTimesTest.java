package com.tasksync.salesforce.client.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SalesforceDateTimesTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "2013-05-20T20:49:32.000+0000",
        "2013-05-20T20:49:32.000Z",
        "2013-05-20T20:49:32.000+00:00",
        "2013-05-20T20:49:32Z",
        "2013-05-20T22:49:32.000+0200",
        "2013-05-20T15:49:32.000-05:00"
    })
    void readsEveryDatetimeFormSalesforceSendsOrAccepts(String text) {
        assertThat(SalesforceDateTimes.parseDateTime(text)).isEqualTo(Instant.parse("2013-05-20T20:49:32Z"));
    }

    @Test
    void keepsMilliseconds() {
        assertThat(SalesforceDateTimes.parseDateTime("2013-05-20T20:49:32.123+0000"))
                .isEqualTo(Instant.parse("2013-05-20T20:49:32.123Z"));
    }

    @Test
    void readsADateWithoutAnyTimeZone() {
        assertThat(SalesforceDateTimes.parseDate("2026-11-20")).isEqualTo(LocalDate.of(2026, 11, 20));
    }

    @Test
    void writesDatetimesInUtcWithMilliseconds() {
        assertThat(SalesforceDateTimes.formatDateTime(Instant.parse("2026-11-20T10:00:00.5Z")))
                .isEqualTo("2026-11-20T10:00:00.500Z");
    }

    @Test
    void writesReplicationBoundsInWholeSecondsWithAnOffset() {
        assertThat(SalesforceDateTimes.formatReplicationBound(Instant.parse("2026-11-20T10:15:30.999Z")))
                .isEqualTo("2026-11-20T10:15:30+00:00");
    }
}
