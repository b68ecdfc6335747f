package com.tasksync.salesforce.client.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuthorizationTest {

    private final OAuthSettings settings = new OAuthSettings(URI.create("https://login.salesforce.com/"), "3MVGclient",
            "secret", URI.create("https://tasksync.example/oauth/callback"));
    private final OAuthClient oauth = new OAuthClient(settings, HttpClient.newHttpClient(), Clock.systemUTC());

    @Test
    void computesTheS256ChallengeOfRfc7636() {
        assertThat(Pkce.challengeOf("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"))
                .isEqualTo("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
    }

    @Test
    void buildsAnAuthorizeUrlWithStateAndTheChallengeOfItsVerifier() {
        AuthorizationRequest request = oauth.startAuthorization("api refresh_token");
        Map<String, String> query = queryOf(request.url());

        assertThat(request.url().toString()).startsWith("https://login.salesforce.com/services/oauth2/authorize?");
        assertThat(query).containsEntry("response_type", "code")
                .containsEntry("client_id", "3MVGclient")
                .containsEntry("redirect_uri", "https://tasksync.example/oauth/callback")
                .containsEntry("scope", "api refresh_token")
                .containsEntry("state", request.state())
                .containsEntry("code_challenge", Pkce.challengeOf(request.codeVerifier()))
                .containsEntry("code_challenge_method", "S256");
    }

    @Test
    void drawsAFreshUnreservedVerifierAndStateEachTime() {
        AuthorizationRequest first = oauth.startAuthorization(null);
        AuthorizationRequest second = oauth.startAuthorization(null);

        assertThat(first.codeVerifier()).hasSize(43).matches("[A-Za-z0-9_-]+");
        assertThat(first.codeVerifier()).isNotEqualTo(second.codeVerifier());
        assertThat(first.state()).isNotEqualTo(second.state()).isNotEqualTo(first.codeVerifier());
        assertThat(queryOf(first.url())).doesNotContainKey("scope");
    }

    private static Map<String, String> queryOf(URI url) {
        Map<String, String> values = new HashMap<>();
        for (String pair : url.getRawQuery().split("&")) {
            String[] parts = pair.split("=", 2);
            values.put(parts[0], URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
        }
        return values;
    }
}
