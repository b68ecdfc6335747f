package com.tasksync.connection;

import com.tasksync.salesforce.client.ClientSettings;
import com.tasksync.salesforce.client.RetryPolicy;
import com.tasksync.salesforce.client.SalesforceClient;
import com.tasksync.salesforce.client.auth.ConnectionTokens;
import com.tasksync.salesforce.client.auth.OAuthClient;
import com.tasksync.salesforce.client.auth.OAuthSettings;
import com.tasksync.salesforce.client.auth.SalesforceConnection;
import com.tasksync.salesforce.client.auth.TokenRenewal;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * One client per org's integration user, built from its stored tokens like {@link SalesforceClients}
 * builds reps' clients: renewed with the refresh token (or, connected with the client-credentials
 * flow, by asking for a new token), renewals stored, every call counted for the org's API budget and
 * named {@code client=tasksync}.
 */
@Component
public class IntegrationClients {

    private static final RetryPolicy RETRIES = new RetryPolicy(3, Duration.ofMillis(200), Duration.ofSeconds(2));

    private final OrgIntegrationRepository repository;
    private final ConnectionProperties properties;
    private final SalesforceCallCounter counter;
    private final HttpClient http;
    private final Clock clock;
    private final Map<String, IntegrationClient> clients = new ConcurrentHashMap<>();

    IntegrationClients(OrgIntegrationRepository repository, ConnectionProperties properties,
            SalesforceCallCounter counter, HttpClient http, Clock clock) {
        this.repository = repository;
        this.properties = properties;
        this.counter = counter;
        this.http = http;
        this.clock = clock;
    }

    /** The org's integration client, or empty when no integration user is connected for it. */
    public Optional<IntegrationClient> forOrg(String orgId) {
        var cached = clients.get(orgId);
        if (cached != null) {
            return Optional.of(cached);
        }
        return repository.find(orgId).flatMap(integration -> repository.tokens(orgId)
                .map(tokens -> clients.computeIfAbsent(orgId, id -> build(integration.loginHost(), tokens))));
    }

    @EventListener
    void integrationChanged(IntegrationChanged event) {
        clients.remove(event.orgId());
    }

    IntegrationClient build(URI loginHost, SalesforceTokens tokens) {
        var session = new SalesforceConnection(
                new ConnectionTokens(tokens.instanceUrl(), tokens.accessToken(), tokens.refreshToken()),
                tokens.refreshToken() == null ? TokenRenewal.byClientCredentials(oauth(loginHost))
                        : TokenRenewal.byRefreshToken(oauth(loginHost)),
                renewed -> repository.saveTokens(new SalesforceTokens(renewed.accessToken(), renewed.refreshToken(),
                        renewed.instanceUrl(), tokens.organizationId(), tokens.salesforceUserId(), tokens.username())));
        var client = SalesforceClient.builder(session)
                .settings(ClientSettings.defaults().withClientName(counter.clientName()).withRetryPolicy(RETRIES))
                .httpClient(http)
                .listener(counter.forOrg(tokens.organizationId()))
                .clock(clock)
                .build();
        return new IntegrationClient(tokens.organizationId(), tokens.salesforceUserId(), tokens.username(),
                new UserClient(null, tokens.organizationId(), tokens.salesforceUserId(), client), session);
    }

    private OAuthClient oauth(URI loginHost) {
        return new OAuthClient(new OAuthSettings(loginHost, properties.clientId(), properties.clientSecret(),
                properties.redirectUri()), http, clock);
    }
}
