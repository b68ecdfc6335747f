package com.tasksync.emulator.data;

import com.tasksync.emulator.schema.FieldDef;
import com.tasksync.emulator.http.ApiException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import tools.jackson.databind.JsonNode;

/**
 * Turns JSON values into field values and back, in Salesforce's wire formats: dates
 * {@code 2026-11-20}, datetimes {@code 2026-11-20T20:49:32.000+0000} (input also takes
 * {@code Z}, {@code +hh:mm} and no fraction).
 */
public final class FieldValues {

    public static final DateTimeFormatter DATETIME_OUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")
            .withZone(ZoneOffset.UTC);

    private static final DateTimeFormatter DATETIME_IN = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE).appendLiteral('T')
            .appendValue(ChronoField.HOUR_OF_DAY, 2).appendLiteral(':')
            .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
            .optionalStart().appendLiteral(':').appendValue(ChronoField.SECOND_OF_MINUTE, 2).optionalEnd()
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .toFormatter();

    private FieldValues() {
    }

    /** The Java value of a JSON value for the field, or JSON_PARSER_ERROR. */
    public static Object parse(FieldDef field, JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        try {
            return switch (field.type()) {
                case BOOLEAN -> bool(node);
                case INT -> node.isIntegralNumber() ? node.intValue() : Integer.parseInt(scalar(node).trim());
                case DOUBLE, CURRENCY, PERCENT -> node.isNumber() ? node.doubleValue() : Double.parseDouble(scalar(node).trim());
                case DATE -> LocalDate.parse(scalar(node).trim());
                case DATETIME -> datetime(scalar(node).trim());
                default -> scalar(node);
            };
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new ApiException(400, "JSON_PARSER_ERROR", "Cannot deserialize instance of "
                    + field.type().describeName() + " from " + token(node) + " value " + printable(node)
                    + " or request may be missing a required field");
        }
    }

    public static Instant datetime(String text) {
        if (text.length() == 10) {
            return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        var parsed = DATETIME_IN.parseBest(text, OffsetDateTime::from, java.time.LocalDateTime::from);
        if (parsed instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        return ((java.time.LocalDateTime) parsed).toInstant(ZoneOffset.UTC);
    }

    private static Boolean bool(JsonNode node) {
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        String text = scalar(node);
        if ("true".equalsIgnoreCase(text) || "false".equalsIgnoreCase(text)) {
            return Boolean.parseBoolean(text);
        }
        throw new IllegalArgumentException(text);
    }

    private static String scalar(JsonNode node) {
        if (node.isObject() || node.isArray()) {
            throw new IllegalArgumentException("not a scalar");
        }
        return node.asString();
    }

    private static String token(JsonNode node) {
        if (node.isObject()) {
            return "START_OBJECT";
        }
        if (node.isArray()) {
            return "START_ARRAY";
        }
        if (node.isBoolean()) {
            return node.booleanValue() ? "VALUE_TRUE" : "VALUE_FALSE";
        }
        return node.isNumber() ? "VALUE_NUMBER_INT" : "VALUE_STRING";
    }

    private static String printable(JsonNode node) {
        return node.isValueNode() ? node.asString() : node.toString();
    }

    /** The wire text of a date or datetime value; other values are written as JSON scalars. */
    public static String format(Object value) {
        if (value instanceof Instant instant) {
            return DATETIME_OUT.format(instant);
        }
        return value.toString();
    }
}
