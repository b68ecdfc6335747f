package com.tasksync.connection;

import java.util.UUID;

/** Published when a user connects to or disconnects from Salesforce; {@code orgId} is the org connected to (null on disconnect). */
public record ConnectionChanged(UUID userId, boolean connected, String orgId) {}
