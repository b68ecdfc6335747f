package com.tasksync.emulator.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.emulator.Emulator;
import com.tasksync.emulator.org.OrgSettings;
import com.tasksync.emulator.support.HttpCalls;
import com.tasksync.emulator.support.Jwts;
import com.tasksync.emulator.support.TestOrg;
import java.net.http.HttpResponse;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class JwtBearerTest {

    private static Emulator emulator;
    private static HttpCalls http;
    private static KeyPair keys;
    private static TestOrg org;

    @BeforeAll
    static void start() throws Exception {
        emulator = Emulator.builder().start();
        http = new HttpCalls(emulator.baseUrl());
        keys = Jwts.rsaKeyPair();
        org = TestOrg.create(emulator, OrgSettings.defaults(), Jwts.publicKeyPem(keys.getPublic()));
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    private HttpResponse<String> exchange(String assertion) throws Exception {
        return http.postForm("/services/oauth2/token", Map.of("grant_type", TokenEndpoint.JWT_BEARER, "assertion", assertion));
    }

    private String assertion(KeyPair signer, String audience, Instant exp) throws Exception {
        return Jwts.assertion(signer.getPrivate(), org.app().clientId(), org.user().username(), audience, exp);
    }

    private Instant inTwoMinutes() {
        return emulator.clock().now().plus(Duration.ofMinutes(2));
    }

    private static void assertError(HttpResponse<String> response, String error, String description) {
        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode body = HttpCalls.body(response);
        assertThat(body.path("error").asString()).isEqualTo(error);
        assertThat(body.path("error_description").asString()).isEqualTo(description);
    }

    @Test
    void assertionSignedWithTheAppsKeyGivesATokenWithoutRefreshToken() throws Exception {
        for (String audience : new String[] {"https://login.salesforce.com", "https://test.salesforce.com", emulator.baseUrl()}) {
            HttpResponse<String> response = exchange(assertion(keys, audience, inTwoMinutes()));

            assertThat(response.statusCode()).as(audience).isEqualTo(200);
            JsonNode body = HttpCalls.body(response);
            assertThat(body.path("access_token").asString()).startsWith(org.org().id15() + "!");
            assertThat(body.has("refresh_token")).isFalse();
            assertThat(body.path("instance_url").asString()).isEqualTo(emulator.baseUrl());
        }
    }

    @Test
    void assertionSignedWithAnotherKeyIsInvalid() throws Exception {
        assertError(exchange(assertion(Jwts.rsaKeyPair(), "https://login.salesforce.com", inTwoMinutes())),
                "invalid_grant", "invalid assertion");
    }

    @Test
    void expiredAssertionIsRejected() throws Exception {
        Instant past = emulator.clock().now().minus(Duration.ofMinutes(1));

        assertError(exchange(assertion(keys, "https://login.salesforce.com", past)), "invalid_grant", "expired authorization code");
    }

    @Test
    void assertionValidForTooLongIsRejected() throws Exception {
        Instant farAhead = emulator.clock().now().plus(Duration.ofHours(1));

        assertError(exchange(assertion(keys, "https://login.salesforce.com", farAhead)), "invalid_grant", "invalid assertion");
    }

    @Test
    void wrongAudienceIsRejected() throws Exception {
        assertError(exchange(assertion(keys, "https://example.com", inTwoMinutes())), "invalid_grant", "audience is invalid");
    }

    @Test
    void unknownIssuerIsAnInvalidClientId() throws Exception {
        String jwt = Jwts.assertion(keys.getPrivate(), "3MVG9nobody", org.user().username(), "https://login.salesforce.com",
                inTwoMinutes());

        assertError(exchange(jwt), "invalid_client_id", "client identifier invalid");
    }

    @Test
    void unknownSubjectHasNotApprovedTheApp() throws Exception {
        String jwt = Jwts.assertion(keys.getPrivate(), org.app().clientId(), "nobody@test.example",
                "https://login.salesforce.com", inTwoMinutes());

        assertError(exchange(jwt), "invalid_grant", "user hasn't approved this consumer");
    }

    @Test
    void garbageAssertionIsInvalid() throws Exception {
        assertError(exchange("not.a.jwt"), "invalid_grant", "invalid assertion");
    }
}
