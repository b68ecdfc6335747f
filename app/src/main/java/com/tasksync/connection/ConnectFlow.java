package com.tasksync.connection;

import com.tasksync.salesforce.client.auth.OAuthClient;
import com.tasksync.salesforce.client.auth.OAuthSettings;
import com.tasksync.salesforce.client.auth.TokenResponse;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Connects a user to Salesforce with the authorization-code flow and PKCE, through the
 * Salesforce client's OAuth API, and stores what it yields. Disconnecting revokes the
 * refresh token where it can and forgets the connection either way.
 */
@Service
public class ConnectFlow {

    private static final Logger log = LoggerFactory.getLogger(ConnectFlow.class);
    private static final String SCOPE = "api refresh_token";

    private final ConnectionProperties properties;
    private final Connections connections;
    private final OrgIntegrations integrations;
    private final HttpClient http;
    private final Clock clock;

    ConnectFlow(ConnectionProperties properties, Connections connections, OrgIntegrations integrations,
            HttpClient http, Clock clock) {
        this.properties = properties;
        this.connections = connections;
        this.integrations = integrations;
        this.http = http;
        this.clock = clock;
    }

    public boolean available() {
        return properties.connectable();
    }

    public URI loginHost() {
        return properties.loginHost();
    }

    PendingAuthorization start(URI callback, boolean integration) {
        var redirect = redirectUri(callback);
        var request = oauth(redirect).startAuthorization(SCOPE);
        return new PendingAuthorization(request.url(), request.state(), request.codeVerifier(), redirect, integration);
    }

    boolean stateMatches(PendingAuthorization pending, String state) {
        return state != null && MessageDigest.isEqual(
                pending.state().getBytes(StandardCharsets.UTF_8), state.getBytes(StandardCharsets.UTF_8));
    }

    StoredConnection finish(UUID userId, PendingAuthorization pending, String code) {
        return connections.connect(userId, properties.loginHost(), exchange(pending, code));
    }

    /** Exchanges the callback's code for the signed-in Salesforce user's tokens. */
    SalesforceTokens exchange(PendingAuthorization pending, String code) {
        return tokensOf(oauth(pending.callback()).exchangeCode(code, pending.codeVerifier()));
    }

    /** Connects with the username-password grant; only the demo run uses it, to connect at start-up. */
    public StoredConnection connectWithPassword(UUID userId, String username, String password) {
        var token = oauth(properties.redirectUri()).password(username, password);
        return connections.connect(userId, properties.loginHost(), tokensOf(token));
    }

    /**
     * Asks Salesforce's authorize page what it makes of TaskSync's connected app, as a rep's Connect
     * would, without signing anybody in: whether it knows the consumer key, and whether the callback is
     * registered (Salesforce shows {@code invalid_client_id} or {@code redirect_uri_mismatch} instead of
     * its login page). The consumer secret is not checked here: only a real sign-in shows it.
     */
    public List<IntegrationCheck.Line> verifyApp(URI callback) {
        var redirect = redirectUri(callback);
        var url = oauth(redirect).startAuthorization(SCOPE).url();
        HttpResponse<String> answer;
        try {
            answer = http.send(HttpRequest.newBuilder(url).timeout(java.time.Duration.ofSeconds(15)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            return List.of(new IntegrationCheck.Line("login-host", "Login host", IntegrationCheck.Outcome.FAIL,
                    properties.loginHost() + " could not be reached: " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        var body = answer.body() == null ? "" : answer.body();
        var key = new IntegrationCheck.Line("consumer-key", "Consumer key", IntegrationCheck.Outcome.PASS,
                "Salesforce knows the consumer key " + properties.clientId() + ".");
        if (body.contains("invalid_client_id")) {
            return List.of(new IntegrationCheck.Line("consumer-key", "Consumer key", IntegrationCheck.Outcome.FAIL,
                    "Salesforce does not know the consumer key " + properties.clientId() + " at "
                            + properties.loginHost() + ". Copy it from the connected app into"
                            + " TASKSYNC_SALESFORCE_CLIENT_ID, and check the login host (production, sandbox or"
                            + " My Domain)."));
        }
        if (body.contains("redirect_uri_mismatch")) {
            return List.of(key, new IntegrationCheck.Line("callback", "Callback URL", IntegrationCheck.Outcome.FAIL,
                    "The connected app does not list " + redirect + " as a callback URL. Add it exactly so (it"
                            + " may take a few minutes to apply in Salesforce)."));
        }
        if (answer.statusCode() == 200 || answer.statusCode() / 100 == 3) {
            return List.of(key, new IntegrationCheck.Line("callback", "Callback URL", IntegrationCheck.Outcome.PASS,
                    redirect + " is registered."));
        }
        return List.of(new IntegrationCheck.Line("consumer-key", "Consumer key", IntegrationCheck.Outcome.WARN,
                "Salesforce's authorize page answered HTTP " + answer.statusCode() + "; the app could not be checked."));
    }

    /**
     * Connects the org's integration user with the client-credentials flow: the connected app's own key
     * and secret, acting as the run-as user the org's admin chose for the app. Salesforce accepts this
     * grant only at the org's My Domain, which must then be the configured login host.
     */
    public OrgIntegration connectIntegrationWithClientCredentials(UUID admin) {
        return integrations.connect(properties.loginHost(), tokensOf(oauth(properties.redirectUri()).clientCredentials()),
                admin);
    }

    /** Connects the org's integration user with the username-password grant; only the demo run uses it. */
    public OrgIntegration connectIntegrationWithPassword(String username, String password) {
        var token = oauth(properties.redirectUri()).password(username, password);
        return integrations.connect(properties.loginHost(), tokensOf(token), null);
    }

    public void disconnect(UUID userId) {
        connections.tokens(userId).ifPresent(tokens -> {
            try {
                var token = tokens.refreshToken() != null ? tokens.refreshToken() : tokens.accessToken();
                oauth(properties.redirectUri()).revoke(token);
            } catch (RuntimeException e) {
                log.warn("Revoking the Salesforce token of user {} failed: {}", userId, e.getMessage());
            }
        });
        connections.disconnect(userId);
    }

    private SalesforceTokens tokensOf(TokenResponse token) {
        var userId = token.identityUrl() == null ? null : token.userId();
        var orgId = token.identityUrl() == null ? null : token.orgId();
        var username = token.identityUrl() == null ? userId : username(token, userId);
        return new SalesforceTokens(token.accessToken(), token.refreshToken(), token.instanceUrl(), orgId, userId,
                username);
    }

    /** The connected user's username for Settings, from the identity URL; the user id when that fails. */
    private String username(TokenResponse token, String fallback) {
        try {
            var username = oauth(properties.redirectUri()).identity(token.identityUrl(), token.accessToken()).username();
            return username == null ? fallback : username;
        } catch (RuntimeException e) {
            log.warn("Cannot read the identity URL {}: {}", token.identityUrl(), e.getMessage());
            return fallback;
        }
    }

    private URI redirectUri(URI callback) {
        return properties.redirectUri() != null ? properties.redirectUri() : callback;
    }

    private OAuthClient oauth(URI redirectUri) {
        if (!available()) {
            throw new IllegalStateException("tasksync.salesforce.login-host is not configured");
        }
        var settings = new OAuthSettings(properties.loginHost(), properties.clientId(), properties.clientSecret(),
                redirectUri);
        return new OAuthClient(settings, http, clock);
    }
}
