package com.tasksync.emulator.soql;

import com.tasksync.emulator.schema.FieldDef;
import com.tasksync.emulator.schema.FieldType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Where a non-null field value lies relative to a literal: negative before it, zero equal to it (or
 * inside a date literal's range), positive after it. Built once per comparison at compile time.
 */
@FunctionalInterface
interface Position {

    int of(Object value, SoqlContext context);

    static Position of(FieldDef field, Object literal) {
        if (literal instanceof RelativeDate relative) {
            return new RangePosition(relative, field.type() == FieldType.DATETIME);
        }
        FieldType type = field.type();
        if (LiteralChecker.isId(type)) {
            String id15 = (String) literal;
            return (value, context) -> compareId((String) value, id15);
        }
        if (type == FieldType.MULTIPICKLIST) {
            Set<String> wanted = terms((String) literal);
            return (value, context) -> terms((String) value).equals(wanted) ? 0 : 1;
        }
        if (type.textual()) {
            String text = (String) literal;
            return (value, context) -> String.CASE_INSENSITIVE_ORDER.compare((String) value, text);
        }
        return switch (type) {
            case BOOLEAN -> (value, context) -> value.equals(literal) ? 0 : 1;
            case DATE -> {
                LocalDate date = (LocalDate) literal;
                yield (value, context) -> ((LocalDate) value).compareTo(date);
            }
            case DATETIME -> {
                Instant instant = (Instant) literal;
                yield (value, context) -> ((Instant) value).compareTo(instant);
            }
            default -> {
                double number = (Double) literal;
                yield (value, context) -> Double.compare(((Number) value).doubleValue(), number);
            }
        };
    }

    /** Compares the case-sensitive 15-character prefix, so 15- and 18-character forms of an ID are equal. */
    static int compareId(String value, String id15) {
        for (int i = 0; i < 15; i++) {
            if (i >= value.length()) {
                return -1;
            }
            int difference = value.charAt(i) - id15.charAt(i);
            if (difference != 0) {
                return difference;
            }
        }
        return 0;
    }

    /** The values of a multi-select picklist, lower-cased, without blanks. */
    static Set<String> terms(String value) {
        Set<String> terms = new HashSet<>();
        for (String term : value.split(";")) {
            String trimmed = term.trim();
            if (!trimmed.isEmpty()) {
                terms.add(trimmed.toLowerCase(Locale.ROOT));
            }
        }
        return terms;
    }
}
