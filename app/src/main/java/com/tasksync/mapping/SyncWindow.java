package com.tasksync.mapping;

import java.time.Duration;
import java.time.Instant;

/**
 * The first-sync rules as times on the Salesforce server's clock. On the first enable ever,
 * Salesforce tasks created or modified in the import window (24 hours) before the enable come
 * in. On a later enable, Salesforce changes are caught up from the last sync point, unless that
 * point is older than the replication window, when the 24-hour rule applies again. In both
 * cases a Salesforce task TaskSync does not have comes in only when it was created or modified
 * at or after {@code acceptFrom}.
 *
 * @param enableTime when the user enabled sync
 * @param acceptFrom the earliest creation or modification that brings a Salesforce task in
 * @param reEnable whether sync had been on before (then deletes are looked up too)
 */
public record SyncWindow(Instant enableTime, Instant acceptFrom, boolean reEnable) {

    public static SyncWindow firstEnable(Instant enableTime, Duration importWindow) {
        return new SyncWindow(enableTime, enableTime.minus(importWindow), false);
    }

    public static SyncWindow reEnable(Instant enableTime, Instant lastSyncPoint, Duration replicationWindow,
            Duration importWindow) {
        var tooOld = lastSyncPoint == null || lastSyncPoint.isBefore(enableTime.minus(replicationWindow));
        return new SyncWindow(enableTime, tooOld ? enableTime.minus(importWindow) : lastSyncPoint, true);
    }

    /**
     * The enable time on the server's clock: the server's "now" less the time that passed here since
     * the user saved, so a job that starts late still counts from the moment of the click.
     */
    public static Instant enableTime(Instant serverNow, Instant localNow, Instant localEnabledAt) {
        if (localEnabledAt == null || localEnabledAt.isAfter(localNow)) {
            return serverNow;
        }
        return serverNow.minus(Duration.between(localEnabledAt, localNow));
    }
}
