package com.tasksync.emulator.data;

import java.time.Instant;
import java.util.Map;

/**
 * One version of a record: an immutable map from canonical field name to value, when it went to
 * the recycle bin (null while live), and the client named in {@code Sforce-Call-Options} by its
 * last writer. A write replaces the row, so readers holding a row see a consistent record.
 */
public record Row(String id, Map<String, Object> values, Instant deletedAt, String lastClient) {

    /** The values as a compact, unmodifiable map: null values are left out (a missing key reads as null). */
    static Map<String, Object> freeze(Map<String, Object> values) {
        Map<String, Object> out = new java.util.HashMap<>((int) (values.size() / 0.75f) + 1);
        values.forEach((k, v) -> {
            if (v != null) {
                out.put(k, v);
            }
        });
        return java.util.Collections.unmodifiableMap(out);
    }

    public boolean deleted() {
        return deletedAt != null;
    }

    public Object get(String field) {
        return values.get(field);
    }

    public Instant systemModstamp() {
        return (Instant) values.get("SystemModstamp");
    }
}
