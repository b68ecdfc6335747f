package com.tasksync.connection;

import com.tasksync.salesforce.client.auth.ConnectionTokens;
import com.tasksync.salesforce.client.auth.SalesforceConnection;
import com.tasksync.salesforce.client.auth.TokenRenewal;
import java.net.URI;
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

    private final OrgIntegrationRepository repository;
    private final SalesforceClients reps;
    private final Map<String, IntegrationClient> clients = new ConcurrentHashMap<>();

    IntegrationClients(OrgIntegrationRepository repository, SalesforceClients reps) {
        this.repository = repository;
        this.reps = reps;
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
                tokens.refreshToken() == null ? TokenRenewal.byClientCredentials(reps.oauth(loginHost))
                        : TokenRenewal.byRefreshToken(reps.oauth(loginHost)),
                renewed -> repository.saveTokens(new SalesforceTokens(renewed.accessToken(), renewed.refreshToken(),
                        renewed.instanceUrl(), tokens.organizationId(), tokens.salesforceUserId(), tokens.username())));
        var client = reps.client(session, tokens.organizationId());
        return new IntegrationClient(tokens.organizationId(), tokens.salesforceUserId(), tokens.username(),
                new UserClient(null, tokens.organizationId(), tokens.salesforceUserId(), client), session);
    }
}
