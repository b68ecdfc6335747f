package com.tasksync.sync;

import java.util.UUID;

/**
 * Published when a user turns sync on or off.
 *
 * @param firstEnable true on the first enable ever, which imports the last 24 hours
 */
public record SyncSwitched(UUID userId, boolean enabled, boolean firstEnable) {}
