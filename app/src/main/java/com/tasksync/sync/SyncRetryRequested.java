package com.tasksync.sync;

import java.util.UUID;

/** Published when a user asks sync to try again what failed: tasks in error and records set aside. */
public record SyncRetryRequested(UUID userId) {}
