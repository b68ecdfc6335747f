package com.tasksync.emulator.data;

import java.time.Instant;
import java.util.Map;

/**
 * One version of a record: an immutable map from canonical field name to value, when it went to
 * the recycle bin (null while live), and the client named in {@code Sforce-Call-Options} by its
 * last writer. A write replaces the row, so readers holding a row see a consistent record.
 */
public record Row(String id, Map<String, Object> values, Instant deletedAt, String lastClient) {

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
