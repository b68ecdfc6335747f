package com.tasksync.emulator.data;

import java.util.Map;

/**
 * One committed change of a record, for a change feed: the values before (null on create) and
 * after (IsDeleted true on delete), and the client named in {@code Sforce-Call-Options} by the
 * writer. Rolled-back writes produce none.
 */
public record RecordChange(String type, String id, Map<String, Object> before, Map<String, Object> after,
        String client) {

    public boolean created() {
        return before == null;
    }

    public boolean deleted() {
        return Boolean.TRUE.equals(after.get("IsDeleted"));
    }

    /** Whether the record was in the recycle bin before this change (false on create). */
    public boolean deletedBefore() {
        return before != null && Boolean.TRUE.equals(before.get("IsDeleted"));
    }
}
