package com.tasksync.task;

import com.tasksync.system.ConflictException;

/** Turns an {@code If-Match} header into the task version it expects. */
final class ETags {

    private ETags() {}

    /** Returns null when any version will do (no header, or {@code *}). */
    static Long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        var tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw ConflictException.preconditionFailed("If-Match does not match the task's current ETag.");
        }
    }
}
