package com.tasksync.connection;

import com.tasksync.connection.Connections;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * "Now" on the Salesforce server's clock, never ours. With a refresh token it is the
 * {@code issued_at} of a token renewal (milliseconds, and it proves the connection still works);
 * without one, the {@code Date} (whole seconds) of the version list, which counts against no API
 * limit. Both through the Salesforce client.
 */
@Component
public class ServerClock {

    private final SalesforceClients clients;
    private final Connections connections;

    ServerClock(SalesforceClients clients, Connections connections) {
        this.clients = clients;
        this.connections = connections;
    }

    public Instant now(UUID userId) {
        var tokens = connections.tokens(userId).orElseThrow(() -> new IllegalStateException("not connected"));
        if (tokens.refreshToken() != null) {
            var issuedAt = clients.renewNow(userId).issuedAt();
            if (issuedAt != null) {
                return issuedAt;
            }
        }
        return clients.forUser(userId).orElseThrow(() -> new IllegalStateException("not connected"))
                .client().serverNow();
    }
}
