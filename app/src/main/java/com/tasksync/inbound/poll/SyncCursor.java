package com.tasksync.inbound.poll;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * One inbound position: polls ask for rows with SystemModstamp at or after {@link #readFrom}. It reads the
 * tasks of one user with that user's own session ({@code userId}), since a rep's session sees only the
 * rep's tasks.
 *
 * @param readStartedAt Salesforce's time when the last successful read began, or null
 * @param lastPolledAt when the last successful poll ended, on TaskSync's clock, or null
 */
public record SyncCursor(String id, String orgId, UUID userId, Instant watermark, Duration interval,
        Instant readStartedAt, Instant lastPolledAt) {

    /**
     * Where the next read starts: the overlap before the watermark, for records whose transaction was
     * still open at the last read (their SystemModstamp is earlier than their commit); but no earlier
     * than the overlap before that read began, nor than the watermark itself, since any record committed
     * late carries a SystemModstamp after the read began minus the overlap. So the records of a bulk
     * change are read again only while the overlap still covers them, not at every poll after.
     */
    public Instant readFrom(Duration overlap) {
        var beforeWatermark = watermark.minus(overlap);
        if (readStartedAt == null) {
            return beforeWatermark;
        }
        var lateCommits = readStartedAt.minus(overlap);
        var floor = lateCommits.isBefore(watermark) ? lateCommits : watermark;
        return floor.isAfter(beforeWatermark) ? floor : beforeWatermark;
    }

    static String ofUser(UUID userId) {
        return "user:" + userId;
    }
}
