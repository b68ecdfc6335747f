package com.tasksync.sync;

import java.time.Instant;

/**
 * What {@code GET /api/sync} and the Settings page show; every field is always present.
 *
 * @param firstEnabledAt the first enable ever, or null
 * @param enabledAt the latest enable, kept after a disable, or null
 */
public record SyncStatus(
        boolean enabled,
        SyncState state,
        boolean connected,
        Progress progress,
        Instant firstEnabledAt,
        Instant enabledAt,
        Instant lastSyncAt,
        String lastError) {

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
