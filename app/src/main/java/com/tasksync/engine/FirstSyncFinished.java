package com.tasksync.engine;

import java.util.UUID;

/** Published when a user's first sync is done and the user's sync runs live. */
public record FirstSyncFinished(UUID userId) {}
