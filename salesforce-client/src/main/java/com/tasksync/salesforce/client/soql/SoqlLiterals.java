package com.tasksync.salesforce.client.soql;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.StringJoiner;

/**
 * Turns Java values into SOQL literals. Strings are quoted with Salesforce's quoted-string escape
 * sequences; dates and datetimes are unquoted, datetimes in UTC to the second; a collection
 * becomes a parenthesised list for IN. Any other type is refused rather than guessed.
 */
public final class SoqlLiterals {

    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

    private SoqlLiterals() {
    }

    public static String literal(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof LikePattern pattern) {
            return pattern.literal();
        }
        if (value instanceof CharSequence text) {
            return quote(text.toString());
        }
        if (value instanceof Boolean flag) {
            return flag.toString();
        }
        if (value instanceof Number number) {
            return number(number);
        }
        if (value instanceof LocalDate date) {
            return DateTimeFormatter.ISO_LOCAL_DATE.format(date);
        }
        if (value instanceof Instant instant) {
            return DATE_TIME.format(instant.truncatedTo(ChronoUnit.SECONDS));
        }
        if (value instanceof OffsetDateTime dateTime) {
            return literal(dateTime.toInstant());
        }
        if (value instanceof ZonedDateTime dateTime) {
            return literal(dateTime.toInstant());
        }
        if (value instanceof Collection<?> values) {
            return list(values);
        }
        throw new IllegalArgumentException("no SOQL literal for a value of type " + value.getClass().getName());
    }

    /** A quoted string literal; {@code '} and {@code \} are reserved and escaped with the rest. */
    public static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('\'');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\'' -> out.append("\\'");
                case '"' -> out.append("\\\"");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> out.append(c);
            }
        }
        return out.append('\'').toString();
    }

    private static String number(Number number) {
        if (number instanceof Integer || number instanceof Long || number instanceof Short
                || number instanceof Byte || number instanceof BigInteger) {
            return number.toString();
        }
        if (number instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (number instanceof Double || number instanceof Float) {
            double d = number.doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new IllegalArgumentException("no SOQL literal for " + d);
            }
            return BigDecimal.valueOf(d).toPlainString();
        }
        throw new IllegalArgumentException("no SOQL literal for a number of type " + number.getClass().getName());
    }

    private static String list(Collection<?> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("an IN list needs at least one value");
        }
        StringJoiner joined = new StringJoiner(", ", "(", ")");
        for (Object value : values) {
            if (value instanceof Collection<?>) {
                throw new IllegalArgumentException("an IN list cannot hold lists");
            }
            joined.add(literal(value));
        }
        return joined.toString();
    }
}
