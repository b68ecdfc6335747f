package com.tasksync.torture.model;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * The normal form both sides' values are compared in. Text loses U+0000 (PostgreSQL cannot hold
 * it) and U+FFFD (what a replacement would leave), so a record whose NUL was dropped or replaced
 * still compares equal; an empty description is no description, as in Salesforce; instants are
 * whole seconds.
 */
public final class Canonical {

    public static final String NO_SUBJECT = "(no subject)";
    public static final int SUBJECT_MAX = 255;
    public static final int DESCRIPTION_MAX = 32_000;

    private static final DateTimeFormatter SALESFORCE_DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    private Canonical() {
    }

    public static String subject(String text) {
        var clean = withoutNul(text);
        return clean == null || clean.isBlank() ? NO_SUBJECT : cut(clean, SUBJECT_MAX);
    }

    public static String description(String text) {
        var clean = withoutNul(text);
        return clean == null || clean.isEmpty() ? null : cut(clean, DESCRIPTION_MAX);
    }

    /** An instant in TaskSync's ISO form or Salesforce's {@code 2026-11-20T20:49:32.000+0000}, to the second. */
    public static String instant(String text) {
        if (text == null) {
            return null;
        }
        Instant instant;
        try {
            instant = Instant.parse(text);
        } catch (DateTimeParseException e) {
            instant = OffsetDateTime.parse(text, SALESFORCE_DATETIME).toInstant();
        }
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    static String withoutNul(String text) {
        return text == null ? null : text.replace("\u0000", "").replace("\uFFFD", "");
    }

    private static String cut(String text, int maxCharacters) {
        if (text.codePointCount(0, text.length()) <= maxCharacters) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, maxCharacters));
    }
}
