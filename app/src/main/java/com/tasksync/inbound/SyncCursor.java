package com.tasksync.inbound;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * One inbound position: polls ask for rows with SystemModstamp at or after {@code watermark} minus the
 * overlap. It reads the tasks of one user with that user's own session ({@code userId}), since a rep's
 * session sees only the rep's tasks.
 */
record SyncCursor(String id, String orgId, UUID userId, Instant watermark, Duration interval) {

    static String ofUser(UUID userId) {
        return "user:" + userId;
    }
}
