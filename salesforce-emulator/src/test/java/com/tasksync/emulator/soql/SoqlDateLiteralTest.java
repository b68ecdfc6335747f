package com.tasksync.emulator.soql;

import static com.tasksync.emulator.soql.SoqlSelectTest.assertErrorCode;
import static com.tasksync.emulator.soql.TaskRecord.task;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * At 2026-11-20T10:30Z it is already Saturday 21 November in Kiritimati (UTC+14) and still
 * Thursday 19 November in Pago Pago (UTC-11): date literals must follow the querying user's zone.
 */
class SoqlDateLiteralTest {

    private static final Instant NOW = Instant.parse("2026-11-20T10:30:00Z");
    private static final SoqlContext KIRITIMATI = new SoqlContext(NOW, ZoneId.of("Pacific/Kiritimati"));
    private static final SoqlContext PAGO_PAGO = new SoqlContext(NOW, ZoneId.of("Pacific/Pago_Pago"));

    private final List<Map<String, Object>> days = List.of(
            dated("17"), dated("18"), dated("19"), dated("20"), dated("21"), dated("22"), dated("23"));

    private final List<Map<String, Object>> instants = List.of(
            created("09:59:59"), created("10:00:00"), created("10:59:59"), created("11:00:00"));

    private static Map<String, Object> dated(String day) {
        return task("11-" + day).with("ActivityDate", LocalDate.parse("2026-11-" + day)).build();
    }

    private static Map<String, Object> created(String time) {
        return task(time).with("CreatedDate", Instant.parse("2026-11-20T" + time + "Z")).build();
    }

    private List<String> dates(String condition, SoqlContext context) {
        return TaskFixture.subjects("SELECT Id FROM Task WHERE ActivityDate " + condition, context, days);
    }

    private List<String> times(String condition, SoqlContext context) {
        return TaskFixture.subjects("SELECT Id FROM Task WHERE CreatedDate " + condition, context, instants);
    }

    @Test
    void takesTodayFromTheUsersTimeZone() {
        assertThat(dates("= TODAY", KIRITIMATI)).containsExactly("11-21");
        assertThat(dates("= TODAY", PAGO_PAGO)).containsExactly("11-19");
        assertThat(dates("= YESTERDAY", KIRITIMATI)).containsExactly("11-20");
        assertThat(dates("= tomorrow", PAGO_PAGO)).containsExactly("11-20");
    }

    @Test
    void coversTheWholeLocalDayWhenADateTimeFieldMeetsADateLiteral() {
        assertThat(times("= TODAY", KIRITIMATI)).containsExactly("10:00:00", "10:59:59", "11:00:00");
        assertThat(times("= TODAY", PAGO_PAGO)).containsExactly("09:59:59", "10:00:00", "10:59:59");
        assertThat(times("= YESTERDAY", KIRITIMATI)).containsExactly("09:59:59");
        assertThat(times("= TOMORROW", PAGO_PAGO)).containsExactly("11:00:00");
    }

    @Test
    void comparesAgainstTheEdgesOfTheRange() {
        assertThat(dates("< TODAY", PAGO_PAGO)).containsExactly("11-17", "11-18");
        assertThat(dates("<= TODAY", PAGO_PAGO)).containsExactly("11-17", "11-18", "11-19");
        assertThat(dates("> TODAY", PAGO_PAGO)).containsExactly("11-20", "11-21", "11-22", "11-23");
        assertThat(dates(">= TODAY", KIRITIMATI)).containsExactly("11-21", "11-22", "11-23");
        assertThat(dates("!= TODAY", KIRITIMATI)).containsExactly("11-17", "11-18", "11-19", "11-20", "11-22", "11-23");
        assertThat(times("> TODAY", PAGO_PAGO)).containsExactly("11:00:00");
        assertThat(times("< TODAY", KIRITIMATI)).containsExactly("09:59:59");
    }

    @Test
    void includesTodayInLastNDaysAndStartsNextNDaysTomorrow() {
        assertThat(dates("= LAST_N_DAYS:1", KIRITIMATI)).containsExactly("11-20", "11-21");
        assertThat(dates("= LAST_N_DAYS:3", PAGO_PAGO)).containsExactly("11-17", "11-18", "11-19");
        assertThat(dates("= NEXT_N_DAYS:2", KIRITIMATI)).containsExactly("11-22", "11-23");
        assertThat(dates("= next_n_days:1", PAGO_PAGO)).containsExactly("11-20");
        assertThat(dates("= LAST_N_DAYS:0", PAGO_PAGO)).containsExactly("11-19");
        assertThat(dates("> LAST_N_DAYS:2", PAGO_PAGO)).containsExactly("11-20", "11-21", "11-22", "11-23");
        assertThat(times("= LAST_N_DAYS:1", PAGO_PAGO)).containsExactly("09:59:59", "10:00:00", "10:59:59");
        assertThat(dates("= LAST_90_DAYS", PAGO_PAGO)).containsExactly("11-17", "11-18", "11-19");
        assertThat(dates("= NEXT_90_DAYS", PAGO_PAGO)).containsExactly("11-20", "11-21", "11-22", "11-23");
    }

    @Test
    void startsWeeksOnSundayInTheUsersZone() {
        Instant sundayMorningUtc = Instant.parse("2026-11-22T05:00:00Z");
        SoqlContext kiritimati = new SoqlContext(sundayMorningUtc, ZoneId.of("Pacific/Kiritimati"));
        SoqlContext pagoPago = new SoqlContext(sundayMorningUtc, ZoneId.of("Pacific/Pago_Pago"));

        assertThat(dates("= THIS_WEEK", kiritimati)).containsExactly("11-22", "11-23");
        assertThat(dates("= THIS_WEEK", pagoPago)).containsExactly("11-17", "11-18", "11-19", "11-20", "11-21");
        assertThat(dates("= LAST_WEEK", kiritimati)).containsExactly("11-17", "11-18", "11-19", "11-20", "11-21");
        assertThat(dates("= NEXT_WEEK", pagoPago)).containsExactly("11-22", "11-23");
    }

    @Test
    void coversWholeMonthsAndYears() {
        SoqlContext firstOfDecemberInKiritimati = new SoqlContext(Instant.parse("2026-11-30T10:30:00Z"), ZoneId.of("Pacific/Kiritimati"));

        assertThat(dates("= THIS_MONTH", PAGO_PAGO)).hasSize(7);
        assertThat(dates("= THIS_MONTH", firstOfDecemberInKiritimati)).isEmpty();
        assertThat(dates("= LAST_MONTH", firstOfDecemberInKiritimati)).hasSize(7);
        assertThat(dates("= NEXT_MONTH", PAGO_PAGO)).isEmpty();
        assertThat(dates("= THIS_YEAR", KIRITIMATI)).hasSize(7);
        assertThat(dates("< NEXT_YEAR", KIRITIMATI)).hasSize(7);
        assertThat(dates("> LAST_YEAR", KIRITIMATI)).hasSize(7);
    }

    @Test
    void reusesOneCompiledQueryAcrossUsersInDifferentZones() {
        SoqlQuery query = SoqlEngine.compile("SELECT Id FROM Task WHERE ActivityDate = TODAY", TaskFixture.schema());
        Map<String, Object> saturday = dated("21");

        assertThat(query.matches(saturday, KIRITIMATI)).isTrue();
        assertThat(query.matches(saturday, PAGO_PAGO)).isFalse();
        assertThat(query.matches(saturday, new SoqlContext(NOW, ZoneId.of("Pacific/Kiritimati")))).isTrue();
    }

    @Test
    void readsEveryDateTimeLiteralForm() {
        assertThat(times("= 2026-11-20T10:00:00Z", PAGO_PAGO)).containsExactly("10:00:00");
        assertThat(times("= 2026-11-20T11:00:00+01:00", PAGO_PAGO)).containsExactly("10:00:00");
        assertThat(times("= 2026-11-20T02:00:00-08:00", PAGO_PAGO)).containsExactly("10:00:00");
        assertThat(times("= 2026-11-20T10:00:00.000+0000", PAGO_PAGO)).containsExactly("10:00:00");
        assertThat(times("> 2026-11-20T10:00:00.000Z", PAGO_PAGO)).containsExactly("10:59:59", "11:00:00");
        assertThat(times("IN (2026-11-20T10:00:00Z, 2026-11-20T11:00:00Z)", PAGO_PAGO)).containsExactly("10:00:00", "11:00:00");
        assertThat(dates("= 2026-11-20", PAGO_PAGO)).containsExactly("11-20");
        assertThat(dates("> 2026-11-21", PAGO_PAGO)).containsExactly("11-22", "11-23");
        assertThat(dates("IN (2026-11-17, TODAY)", PAGO_PAGO)).containsExactly("11-17", "11-19");
    }

    @Test
    void refusesADateForADateTimeFieldAndTheReverse() {
        assertErrorCode("SELECT Id FROM Task WHERE CreatedDate > 2026-11-20", "INVALID_FIELD");
        assertErrorCode("SELECT Id FROM Task WHERE ActivityDate > 2026-11-20T00:00:00Z", "INVALID_FIELD");
    }

    @Test
    void refusesMalformedDateLiterals() {
        assertErrorCode("SELECT Id FROM Task WHERE ActivityDate = 2026-02-30", "MALFORMED_QUERY");
        assertErrorCode("SELECT Id FROM Task WHERE ActivityDate = 2026-11-20T10:00:00", "MALFORMED_QUERY");
        assertErrorCode("SELECT Id FROM Task WHERE ActivityDate = 20261120x", "MALFORMED_QUERY");
        assertErrorCode("SELECT Id FROM Task WHERE ActivityDate = LAST_N_DAYS", "MALFORMED_QUERY");
        assertErrorCode("SELECT Id FROM Task WHERE ActivityDate = LAST_N_DAYS:", "MALFORMED_QUERY");
        assertErrorCode("SELECT Id FROM Task WHERE ActivityDate = LAST_N_WIBBLES:3", "MALFORMED_QUERY");
        assertErrorCode("SELECT Id FROM Task WHERE ActivityDate = '2026-11-20'", "INVALID_FIELD");
    }
}
