package com.tasksync.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimeZonesTest {

    @Test
    void listsUtcFirstThenRegionsInOrder() {
        assertThat(TimeZones.ids()).first().isEqualTo("UTC");
        assertThat(TimeZones.ids()).contains("Europe/Paris", "America/New_York", "Africa/Abidjan")
                .doesNotContain("Etc/UTC", "GMT", "Etc/GMT+5", "EST5EDT")
                .doesNotHaveDuplicates();
        assertThat(TimeZones.ids().subList(1, TimeZones.ids().size())).isSorted();
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTC", "Etc/UTC", "GMT", "Etc/GMT", "Etc/GMT0", "Etc/UCT", "Etc/Universal", "Zulu"})
    void readsEveryIdThatAlwaysMeansUtcAsUtc(String id) {
        assertThat(TimeZones.find(id)).contains(ZoneId.of("UTC"));
        assertThat(TimeZones.canonical(ZoneId.of(id))).isEqualTo(ZoneId.of("UTC"));
    }

    @Test
    void keepsRegionsThatOnlySometimesUseUtcOffsetZero() {
        assertThat(TimeZones.find("Europe/London")).contains(ZoneId.of("Europe/London"));
        assertThat(TimeZones.canonical(ZoneId.of("Africa/Abidjan"))).isEqualTo(ZoneId.of("Africa/Abidjan"));
        assertThat(TimeZones.canonical(ZoneOffset.UTC)).isEqualTo(ZoneId.of("UTC"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mars/Olympus", "Etc/GMT+5", "+02:00", "Z", "utc", "", " UTC"})
    void findsNothingForIdsOffTheList(String id) {
        assertThat(TimeZones.find(id)).isEmpty();
    }

    @Test
    void aPickerShowsAZoneOffTheListFirstAndKeepsTheRest() {
        assertThat(TimeZones.idsWith(ZoneId.of("Etc/GMT+5"))).first().isEqualTo("Etc/GMT+5");
        assertThat(TimeZones.idsWith(ZoneId.of("Etc/GMT+5"))).containsAll(TimeZones.ids());
        assertThat(TimeZones.idsWith(ZoneId.of("Etc/UTC"))).isEqualTo(TimeZones.ids());
        assertThat(TimeZones.idsWith(ZoneId.of("Asia/Tokyo"))).isEqualTo(TimeZones.ids());
    }

    @Test
    void aStoredAccountAlwaysCarriesTheCanonicalZone() {
        var account = new UserAccount(null, "a@example.test", null, ZoneId.of("Etc/UTC"), false, true, null);

        assertThat(account.timeZone().getId()).isEqualTo("UTC");
    }
}
