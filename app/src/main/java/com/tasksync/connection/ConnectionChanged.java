package com.tasksync.connection;

import java.util.UUID;

/** Published when a user connects to or disconnects from Salesforce. */
public record ConnectionChanged(UUID userId, boolean connected) {}
