package com.tasksync.emulator.soql;

import com.tasksync.emulator.schema.FieldDef;
import com.tasksync.emulator.schema.FieldType;
import java.util.Comparator;
import java.util.Map;

/**
 * One ORDER BY key as a comparator over records. Text sorts case-insensitively, as in Salesforce's
 * English locales; nulls (and blank text) go first unless NULLS LAST is given.
 */
final class Ordering {

    private Ordering() {
    }

    static Comparator<Map<String, Object>> key(FieldDef field, boolean descending, boolean nullsFirst) {
        Comparator<Object> values = values(field.type());
        Comparator<Object> directed = descending ? values.reversed() : values;
        Comparator<Object> withNulls = nullsFirst ? Comparator.nullsFirst(directed) : Comparator.nullsLast(directed);
        String name = field.name();
        return (left, right) -> withNulls.compare(present(left.get(name)), present(right.get(name)));
    }

    private static Object present(Object value) {
        return value instanceof String text && text.isEmpty() ? null : value;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Comparator<Object> values(FieldType type) {
        if (type == FieldType.ID || type == FieldType.REFERENCE) {
            return (a, b) -> ((String) a).compareTo((String) b);
        }
        if (type.textual()) {
            return (a, b) -> String.CASE_INSENSITIVE_ORDER.compare((String) a, (String) b);
        }
        if (type.numeric()) {
            return (a, b) -> Double.compare(((Number) a).doubleValue(), ((Number) b).doubleValue());
        }
        return (a, b) -> ((Comparable) a).compareTo(b);
    }
}
