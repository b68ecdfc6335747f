package com.tasksync.engine;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * "Now" on the Salesforce server's clock, never ours. With a refresh token it is the
 * {@code issued_at} of a token renewal (milliseconds, and it proves the connection still works);
 * without one, the HTTP {@code Date} header (whole seconds) of the unauthenticated version list
 * {@code /services/data/}, which counts against no API limit.
 */
@Component
public class ServerClock {

    private final SalesforceClients clients;
    private final com.tasksync.connection.Connections connections;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    ServerClock(SalesforceClients clients, com.tasksync.connection.Connections connections) {
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
        return dateHeader(tokens.instanceUrl());
    }

    private Instant dateHeader(URI instanceUrl) {
        var request = HttpRequest.newBuilder(URI.create(instanceUrl + "/services/data/"))
                .timeout(Duration.ofSeconds(30)).GET().build();
        try {
            var response = http.send(request, HttpResponse.BodyHandlers.discarding());
            var date = response.headers().firstValue("Date")
                    .orElseThrow(() -> new IllegalStateException("Salesforce sent no Date header"));
            return ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the Salesforce server's time: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted reading the Salesforce server's time", e);
        }
    }
}
