package com.tasksync.sync;

import java.util.UUID;

/** Published when a user's first sync (or catch-up) is done and the user's sync runs live. */
public record SyncWentLive(UUID userId) {}
