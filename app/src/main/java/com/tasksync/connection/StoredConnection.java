package com.tasksync.connection;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

/**
 * A user's live link to Salesforce, as shown on Settings. The tokens themselves stay in
 * {@link ConnectionRepository}, encrypted.
 */
public record StoredConnection(
        UUID userId,
        URI loginHost,
        URI instanceUrl,
        String organizationId,
        String salesforceUserId,
        String username,
        Instant connectedAt) {}
