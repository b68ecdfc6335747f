package com.tasksync.sync;

import java.time.Instant;

/**
 * What {@code GET /api/sync} and the Settings page show; every field is always present.
 *
 * @param firstEnabledAt the first enable ever, or null
 * @param enabledAt the latest enable, kept after a disable, or null
 * @param lastError what went wrong last, or null; the current problem's message while one lasts
 * @param problem the problem that keeps sync from running as it should, or null
 * @param tasksInError tasks Salesforce refused, each showing its reason
 * @param recordsSetAside Salesforce records that could not be applied and wait for a retry
 */
public record SyncStatus(
        boolean enabled,
        SyncState state,
        boolean connected,
        Progress progress,
        Instant firstEnabledAt,
        Instant enabledAt,
        Instant lastSyncAt,
        String lastError,
        SyncProblem problem,
        long tasksInError,
        long recordsSetAside) {

    /** A status as stored, before the engine's problems and counts are added. */
    public SyncStatus(boolean enabled, SyncState state, boolean connected, Progress progress, Instant firstEnabledAt,
            Instant enabledAt, Instant lastSyncAt, String lastError) {
        this(enabled, state, connected, progress, firstEnabledAt, enabledAt, lastSyncAt, lastError, null, 0, 0);
    }

    /** Records done of a running import; {@code total} is null while unknown. */
    public record Progress(int done, Integer total) {

        public int percent() {
            return total == null || total == 0 ? 0 : Math.min(100, done * 100 / total);
        }
    }

    static SyncStatus never(boolean connected) {
        return new SyncStatus(false, SyncState.OFF, connected, new Progress(0, null), null, null, null, null);
    }
}
