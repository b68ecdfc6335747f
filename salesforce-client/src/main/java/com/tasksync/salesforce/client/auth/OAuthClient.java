package com.tasksync.salesforce.client.auth;

import com.tasksync.salesforce.client.error.ErrorClassifier;
import com.tasksync.salesforce.client.error.SalesforceApiException;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OAuth 2.0 grants of one connected app against its login host. Each call is made once:
 * a code is single-use and a lost token response cannot be replayed safely, so failures go to
 * the caller as {@link com.tasksync.salesforce.client.error.SalesforceApiException}, and
 * {@code invalid_grant} as {@link com.tasksync.salesforce.client.error.ReconnectRequiredException}.
 */
public final class OAuthClient {

    private static final Logger LOG = LoggerFactory.getLogger(OAuthClient.class);
    private static final Duration JWT_LIFETIME = Duration.ofMinutes(3);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final OAuthSettings settings;
    private final HttpClient http;
    private final Clock clock;
    private final RandomGenerator random;

    public OAuthClient(OAuthSettings settings, HttpClient http, Clock clock) {
        this(settings, http, clock, new SecureRandom());
    }

    OAuthClient(OAuthSettings settings, HttpClient http, Clock clock, RandomGenerator random) {
        this.settings = settings;
        this.http = http;
        this.clock = clock;
        this.random = random;
    }

    /** Starts the web-server flow with PKCE (S256); {@code scope} may be null for the app's default. */
    public AuthorizationRequest startAuthorization(String scope) {
        String state = Pkce.randomToken(random);
        String verifier = Pkce.randomToken(random);
        Map<String, String> query = new LinkedHashMap<>();
        query.put("response_type", "code");
        query.put("client_id", settings.clientId());
        query.put("redirect_uri", String.valueOf(settings.redirectUri()));
        if (scope != null) {
            query.put("scope", scope);
        }
        query.put("state", state);
        query.put("code_challenge", Pkce.challengeOf(verifier));
        query.put("code_challenge_method", "S256");
        URI url = URI.create(settings.endpoint("authorize") + "?" + formEncode(query));
        return new AuthorizationRequest(url, state, verifier);
    }

    public TokenResponse exchangeCode(String code, String codeVerifier) {
        Map<String, String> form = clientForm("authorization_code");
        form.put("code", code);
        form.put("redirect_uri", String.valueOf(settings.redirectUri()));
        form.put("code_verifier", codeVerifier);
        return requestToken(form);
    }

    public TokenResponse refresh(String refreshToken) {
        Map<String, String> form = clientForm("refresh_token");
        form.put("refresh_token", refreshToken);
        return requestToken(form);
    }

    /** The JWT bearer grant for a pre-authorised user; no secret is sent and no refresh token comes back. */
    public TokenResponse jwtBearer(String username, PrivateKey key) {
        JwtAssertion assertion = new JwtAssertion(settings.clientId(), username, settings.loginUrl().toString(),
                clock.instant().plus(JWT_LIFETIME));
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "urn:ietf:params:oauth:grant-type:jwt-bearer");
        form.put("assertion", assertion.sign(key));
        return requestToken(form);
    }

    /**
     * The client-credentials grant: the app's consumer key and secret for an access token of the
     * integration user the app runs as (its "Run As" user). No refresh token comes back; when the
     * session ends, ask again ({@link TokenRenewal#byClientCredentials}). In Salesforce the login URL
     * for this grant must be the org's My Domain ({@code https://<domain>.my.salesforce.com}), not
     * {@code login.salesforce.com} or {@code test.salesforce.com}.
     *
     * @throws IllegalStateException when the settings carry no client secret
     */
    public TokenResponse clientCredentials() {
        if (settings.clientSecret() == null) {
            throw new IllegalStateException("the client-credentials grant needs the connected app's client secret");
        }
        return requestToken(clientForm("client_credentials"));
    }

    /** The username-password grant, for tests and tools; real users connect through {@link #startAuthorization}. */
    public TokenResponse password(String username, String password) {
        Map<String, String> form = clientForm("password");
        form.put("username", username);
        form.put("password", password);
        return requestToken(form);
    }

    /** Revokes an access or refresh token; revoking a refresh token ends the sessions it issued. */
    public void revoke(String token) {
        HttpResponse<String> response = send(formPost(settings.endpoint("revoke"), Map.of("token", token)));
        if (response.statusCode() != 200) {
            throw failure(response, parse(response.body()));
        }
    }

    private Map<String, String> clientForm(String grantType) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", grantType);
        form.put("client_id", settings.clientId());
        if (settings.clientSecret() != null) {
            form.put("client_secret", settings.clientSecret());
        }
        return form;
    }

    private TokenResponse requestToken(Map<String, String> form) {
        HttpResponse<String> response = send(formPost(settings.endpoint("token"), form));
        JsonNode body = parse(response.body());
        if (response.statusCode() == 200 && body != null && body.hasNonNull("access_token")) {
            return TokenResponse.from(body);
        }
        throw failure(response, body);
    }

    /** Who the token belongs to: reads the identity URL a token response names ({@code id}). */
    public Identity identity(URI identityUrl, String accessToken) {
        HttpRequest request = HttpRequest.newBuilder(identityUrl)
                .header("Authorization", "Bearer " + accessToken)
                .header("Accept", "application/json")
                .timeout(Duration.ofSeconds(30))
                .GET().build();
        HttpResponse<String> response = send(request);
        JsonNode body = parse(response.body());
        if (response.statusCode() == 200 && body != null) {
            return Identity.from(body);
        }
        throw failure(response, body);
    }

    private static SalesforceApiException failure(HttpResponse<String> response, JsonNode body) {
        String error = body == null ? "http_" + response.statusCode() : body.path("error").asString("unknown_error");
        String description = body == null ? response.body() : body.path("error_description").asString("");
        return ErrorClassifier.fromOAuth(response.statusCode(), error, description);
    }

    private static HttpRequest formPost(URI endpoint, Map<String, String> form) {
        return HttpRequest.newBuilder(endpoint)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(formEncode(form)))
                .build();
    }

    /** Forms carry secrets and tokens: the log line names only the method, the path and the status. */
    private HttpResponse<String> send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            LOG.debug("{} {} answered {}", request.method(), request.uri().getPath(), response.statusCode());
            return response;
        } catch (IOException e) {
            throw ErrorClassifier.fromIoFailure(e, false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while calling the token endpoint", e);
        }
    }

    private static JsonNode parse(String body) {
        try {
            JsonNode node = JSON.readTree(body);
            return node != null && node.isObject() ? node : null;
        } catch (JacksonException e) {
            return null;
        }
    }

    static String formEncode(Map<String, String> values) {
        StringJoiner joined = new StringJoiner("&");
        values.forEach((name, value) -> joined.add(encode(name) + "=" + encode(value)));
        return joined.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
