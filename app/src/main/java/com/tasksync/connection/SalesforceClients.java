package com.tasksync.connection;

import com.tasksync.connection.ConnectionChanged;
import com.tasksync.connection.ConnectionProperties;
import com.tasksync.connection.Connections;
import com.tasksync.connection.StoredConnection;
import com.tasksync.connection.SalesforceTokens;
import com.tasksync.salesforce.client.ClientSettings;
import com.tasksync.salesforce.client.RetryPolicy;
import com.tasksync.salesforce.client.SalesforceClient;
import com.tasksync.salesforce.client.auth.ConnectionTokens;
import com.tasksync.salesforce.client.auth.OAuthClient;
import com.tasksync.salesforce.client.auth.OAuthSettings;
import com.tasksync.salesforce.client.auth.TokenRenewal;
import com.tasksync.salesforce.client.auth.TokenResponse;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Hands out one Salesforce client per connected user, built from the stored (encrypted) tokens,
 * renewing with the refresh token and storing what a renewal returns. Every client names itself
 * with {@code Sforce-Call-Options}, shares the node's one HTTP client, and has each of its requests
 * counted for the org's API budget ({@link SalesforceCallCounter}).
 */
@Component
public class SalesforceClients {

    private static final RetryPolicy RETRIES = new RetryPolicy(3, Duration.ofMillis(200), Duration.ofSeconds(2));

    private final Connections connections;
    private final ConnectionProperties connectionProperties;
    private final SalesforceCallCounter counter;
    private final HttpClient http;
    private final Clock clock;
    private final Map<UUID, UserClient> clients = new ConcurrentHashMap<>();

    SalesforceClients(Connections connections, ConnectionProperties connectionProperties,
            SalesforceCallCounter counter, HttpClient http, Clock clock) {
        this.connections = connections;
        this.connectionProperties = connectionProperties;
        this.counter = counter;
        this.http = http;
        this.clock = clock;
    }

    /** The user's client, or empty when the user has no Salesforce connection. */
    public Optional<UserClient> forUser(UUID userId) {
        var cached = clients.get(userId);
        if (cached != null) {
            return Optional.of(cached);
        }
        return connections.find(userId).flatMap(connection -> connections.tokens(userId)
                .map(tokens -> clients.computeIfAbsent(userId, id -> build(connection, tokens))));
    }

    /**
     * Renews the user's access token now and returns the answer, whose {@code issued_at} is the
     * Salesforce server's clock; a refused renewal throws
     * {@link com.tasksync.salesforce.client.error.ReconnectRequiredException}.
     */
    public TokenResponse renewNow(UUID userId) {
        var connection = connections.find(userId).orElseThrow(() -> new IllegalStateException("not connected"));
        var tokens = connections.tokens(userId).orElseThrow();
        var response = oauth(connection).refresh(tokens.refreshToken());
        store(connection, tokens, new ConnectionTokens(tokens.instanceUrl(), response.accessToken(),
                response.refreshToken() == null ? tokens.refreshToken() : response.refreshToken()));
        return response;
    }

    @EventListener
    void connectionChanged(ConnectionChanged event) {
        clients.remove(event.userId());
    }

    private UserClient build(StoredConnection connection, SalesforceTokens tokens) {
        var live = new com.tasksync.salesforce.client.auth.SalesforceConnection(
                new ConnectionTokens(tokens.instanceUrl(), tokens.accessToken(), tokens.refreshToken()),
                TokenRenewal.byRefreshToken(oauth(connection)),
                renewed -> store(connection, tokens, renewed));
        return new UserClient(connection.userId(), tokens.organizationId(), tokens.salesforceUserId(),
                client(live, tokens.organizationId()));
    }

    /** A client on a live connection: named, retrying, on the node's HTTP client, its calls counted for the org. */
    SalesforceClient client(com.tasksync.salesforce.client.auth.SalesforceConnection live, String orgId) {
        return SalesforceClient.builder(live)
                .settings(ClientSettings.defaults().withClientName(counter.clientName()).withRetryPolicy(RETRIES))
                .httpClient(http)
                .listener(counter.forOrg(orgId))
                .clock(clock)
                .build();
    }

    /** The OAuth client for the connected app at that login host. */
    OAuthClient oauth(java.net.URI loginHost) {
        var settings = new OAuthSettings(loginHost, connectionProperties.clientId(),
                connectionProperties.clientSecret(), connectionProperties.redirectUri());
        return new OAuthClient(settings, http, clock);
    }

    private OAuthClient oauth(StoredConnection connection) {
        return oauth(connection.loginHost());
    }

    private void store(StoredConnection connection, SalesforceTokens old, ConnectionTokens renewed) {
        connections.connect(connection.userId(), connection.loginHost(), new SalesforceTokens(renewed.accessToken(),
                renewed.refreshToken(), renewed.instanceUrl(), old.organizationId(), old.salesforceUserId(),
                old.username()));
    }
}
