package com.tasksync.emulator.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.tasksync.emulator.Emulator;
import com.tasksync.emulator.admin.NewConnectedApp;
import com.tasksync.emulator.org.ConnectedApp;
import com.tasksync.emulator.support.HttpCalls;
import com.tasksync.emulator.support.TestOrg;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class TokenGrantsTest {

    private static Emulator emulator;
    private static HttpCalls http;
    private TestOrg org;

    @BeforeAll
    static void start() {
        emulator = Emulator.builder().start();
        http = new HttpCalls(emulator.baseUrl());
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    @BeforeEach
    void newOrg() {
        org = TestOrg.create(emulator);
    }

    private Map<String, String> passwordGrant(String password) {
        return Map.of("grant_type", "password", "client_id", org.app().clientId(),
                "client_secret", org.app().clientSecret(), "username", org.user().username(), "password", password);
    }

    private static void assertOAuthError(HttpResponse<String> response, String error, String description) {
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        JsonNode body = HttpCalls.body(response);
        assertThat(body.path("error").asString()).isEqualTo(error);
        assertThat(body.path("error_description").asString()).isEqualTo(description);
    }

    @Test
    void passwordGrantSentChunkedAnswersWithSalesforceTokenResponse() throws Exception {
        HttpResponse<String> response = http.postFormChunked("/services/oauth2/token", passwordGrant(org.password()));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = HttpCalls.body(response);
        assertThat(body.path("access_token").asString()).startsWith(org.org().id15() + "!");
        assertThat(body.path("instance_url").asString()).isEqualTo(emulator.baseUrl());
        assertThat(body.path("id").asString())
                .isEqualTo(emulator.baseUrl() + "/id/" + org.org().id() + "/" + org.user().id());
        assertThat(body.path("token_type").asString()).isEqualTo("Bearer");
        assertThat(body.path("issued_at").isString()).isTrue();
        assertThat(Long.parseLong(body.path("issued_at").asString())).isCloseTo(emulator.clock().now().toEpochMilli(), within(60_000L));
        assertThat(body.has("expires_in")).isFalse();
        assertThat(body.has("refresh_token")).isFalse();
        assertThat(body.path("scope").asString()).isNotBlank();
        String expectedSignature = hmac(org.app().clientSecret(), body.path("id").asString() + body.path("issued_at").asString());
        assertThat(body.path("signature").asString()).isEqualTo(expectedSignature);
    }

    @Test
    void passwordGrantAcceptsPasswordWithSecurityTokenAppended() throws Exception {
        String token = emulator.admin().securityToken(org.user().id());

        HttpResponse<String> response = http.postForm("/services/oauth2/token", passwordGrant(org.password() + token));

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void passwordGrantRefusesPasswordFollowedByAnythingButTheSecurityToken() throws Exception {
        String token = emulator.admin().securityToken(org.user().id());

        assertOAuthError(http.postForm("/services/oauth2/token", passwordGrant(org.password() + "XyZsecuritytoken")),
                "invalid_grant", "authentication failure");
        assertOAuthError(http.postForm("/services/oauth2/token", passwordGrant(org.password() + token.substring(1))),
                "invalid_grant", "authentication failure");
        assertOAuthError(http.postForm("/services/oauth2/token", passwordGrant(org.password() + token + "x")),
                "invalid_grant", "authentication failure");
    }

    @Test
    void passwordGrantTakesTheResetTokenAndNoLongerTheOldOne() throws Exception {
        String old = emulator.admin().securityToken(org.user().id());
        String fresh = emulator.admin().resetSecurityToken(org.org().id(), org.user().id(), null);

        assertThat(fresh).isNotEqualTo(old).matches("[A-Za-z0-9]{24}");
        assertOAuthError(http.postForm("/services/oauth2/token", passwordGrant(org.password() + old)),
                "invalid_grant", "authentication failure");
        assertThat(http.postForm("/services/oauth2/token", passwordGrant(org.password() + fresh)).statusCode()).isEqualTo(200);
    }

    @Test
    void wrongPasswordIsAnAuthenticationFailure() throws Exception {
        assertOAuthError(http.postForm("/services/oauth2/token", passwordGrant("nope")), "invalid_grant", "authentication failure");
    }

    @Test
    void unknownClientIdIsInvalidClientId() throws Exception {
        Map<String, String> form = Map.of("grant_type", "password", "client_id", "3MVG9unknown", "client_secret", "x",
                "username", org.user().username(), "password", org.password());

        assertOAuthError(http.postForm("/services/oauth2/token", form), "invalid_client_id", "client identifier invalid");
    }

    @Test
    void wrongClientSecretIsInvalidClient() throws Exception {
        Map<String, String> form = Map.of("grant_type", "password", "client_id", org.app().clientId(), "client_secret", "wrong",
                "username", org.user().username(), "password", org.password());

        assertOAuthError(http.postForm("/services/oauth2/token", form), "invalid_client", "invalid client credentials");
    }

    @Test
    void unknownOrMissingGrantTypeIsUnsupported() throws Exception {
        assertOAuthError(http.postForm("/services/oauth2/token", Map.of("grant_type", "implicit")),
                "unsupported_grant_type", "grant type not supported");
        assertOAuthError(http.postForm("/services/oauth2/token", Map.of("client_id", org.app().clientId())),
                "unsupported_grant_type", "grant type not supported");
    }

    @Test
    void clientCredentialsRunAsTheAppsUserWithoutRefreshToken() throws Exception {
        HttpResponse<String> response = http.postForm("/services/oauth2/token", Map.of("grant_type", "client_credentials",
                "client_id", org.app().clientId(), "client_secret", org.app().clientSecret()));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = HttpCalls.body(response);
        assertThat(body.path("id").asString()).endsWith("/" + org.user().id());
        assertThat(body.has("refresh_token")).isFalse();
    }

    @Test
    void clientCredentialsTakeHttpBasicClientAuthentication() throws Exception {
        String basic = Base64.getEncoder().encodeToString(
                (org.app().clientId() + ":" + org.app().clientSecret()).getBytes(StandardCharsets.UTF_8));
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(emulator.baseUrl() + "/services/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build();

        var response = java.net.http.HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void clientCredentialsNeedTheRightSecretAndARunAsUser() throws Exception {
        assertOAuthError(http.postForm("/services/oauth2/token", Map.of("grant_type", "client_credentials",
                "client_id", org.app().clientId(), "client_secret", "wrong")), "invalid_client", "invalid client credentials");
        ConnectedApp noRunAs = emulator.admin().registerApp(NewConnectedApp.of("No run-as", TestOrg.CALLBACK));
        assertOAuthError(http.postForm("/services/oauth2/token", Map.of("grant_type", "client_credentials",
                "client_id", noRunAs.clientId(), "client_secret", noRunAs.clientSecret())),
                "invalid_grant", "no client credentials user enabled");
    }

    static String hmac(String secret, String text) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return Base64.getEncoder().encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    }
}
