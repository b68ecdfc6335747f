package com.tasksync.sync;

import java.time.Instant;
import java.util.UUID;

/**
 * What the engine knows of one user who turned sync on. {@code enabledAt} is the latest enable on
 * the Salesforce server's clock; Salesforce tasks not yet in TaskSync come in only when created or
 * modified at or after {@code acceptFrom}; {@code lastSyncPoint} is the server time up to which the
 * user's Salesforce changes have been applied.
 */
public record SyncAccount(
        UUID userId,
        String orgId,
        String salesforceUserId,
        Instant enabledAt,
        Instant acceptFrom,
        Instant lastSyncPoint) {}
