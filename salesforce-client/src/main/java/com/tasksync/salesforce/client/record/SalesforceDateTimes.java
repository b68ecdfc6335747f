package com.tasksync.salesforce.client.record;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;

/**
 * Salesforce's wire formats for dates and datetimes. Responses carry datetimes as
 * {@code 2013-05-20T20:49:32.000+0000} (offset without a colon), which the ISO formatters of
 * the JDK reject; {@code Z} and {@code +00:00} are accepted too.
 */
public final class SalesforceDateTimes {

    private static final DateTimeFormatter PARSER = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .appendLiteral('T')
            .appendPattern("HH:mm[:ss]")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .toFormatter();

    private static final DateTimeFormatter WRITER =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private static final DateTimeFormatter REPLICATION =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'+00:00'").withZone(ZoneOffset.UTC);

    private SalesforceDateTimes() {
    }

    public static Instant parseDateTime(String text) {
        return OffsetDateTime.parse(text, PARSER).toInstant();
    }

    public static LocalDate parseDate(String text) {
        return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
    }

    /** A datetime for a record field: UTC with milliseconds, {@code 2026-11-20T10:00:00.000Z}. */
    public static String formatDateTime(Instant instant) {
        return WRITER.format(instant);
    }

    public static String formatDate(LocalDate date) {
        return DateTimeFormatter.ISO_LOCAL_DATE.format(date);
    }

    /** A bound for getUpdated and getDeleted: UTC, whole seconds, {@code 2026-11-20T10:00:00+00:00}. */
    public static String formatReplicationBound(Instant instant) {
        return REPLICATION.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }
}
