package com.tasksync.emulator.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.emulator.Emulator;
import com.tasksync.emulator.http.Access;
import com.tasksync.emulator.http.Json;
import com.tasksync.emulator.http.Response;
import com.tasksync.emulator.org.OrgSettings;
import com.tasksync.emulator.org.Session;
import com.tasksync.emulator.support.HttpCalls;
import com.tasksync.emulator.support.LoginPages;
import com.tasksync.emulator.support.TestOrg;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class SessionLifecycleTest {

    private static final String PROBE = "/services/data/v66.0/probe";

    private static Emulator emulator;
    private static HttpCalls http;
    private TestOrg org;

    @BeforeAll
    static void start() {
        emulator = Emulator.builder()
                .extraRoutes(router -> router.get("/services/data/{version}/probe", Access.DATA_API,
                        r -> Response.json(200, Json.object().put("user", r.attribute(Session.class).user().id()))))
                .start();
        http = new HttpCalls(emulator.baseUrl());
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    @BeforeEach
    void newOrg() {
        org = TestOrg.create(emulator, OrgSettings.defaults().withSessionTimeout(Duration.ofMinutes(30)), null);
    }

    /** Access and refresh token through the authorize pages, with the client secret. */
    private JsonNode webServerTokens() throws Exception {
        Map<String, String> query = Map.of("response_type", "code", "client_id", org.app().clientId(),
                "redirect_uri", TestOrg.CALLBACK, "state", "s");
        HttpResponse<String> redirect = new LoginPages(http).authorize(query, org.user().username(), org.password(), true);
        String code = LoginPages.queryOf(redirect.headers().firstValue("Location").orElseThrow()).get("code");
        HttpResponse<String> tokens = http.postForm("/services/oauth2/token", Map.of("grant_type", "authorization_code",
                "code", code, "client_id", org.app().clientId(), "client_secret", org.app().clientSecret(),
                "redirect_uri", TestOrg.CALLBACK));
        assertThat(tokens.statusCode()).isEqualTo(200);
        return HttpCalls.body(tokens);
    }

    private HttpResponse<String> refresh(String refreshToken) throws Exception {
        Map<String, String> form = new HashMap<>(Map.of("grant_type", "refresh_token", "refresh_token", refreshToken,
                "client_id", org.app().clientId(), "client_secret", org.app().clientSecret()));
        return http.postFormChunked("/services/oauth2/token", form);
    }

    private static void assertInvalidSession(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(HttpCalls.body(response).path(0).path("errorCode").asString()).isEqualTo("INVALID_SESSION_ID");
        assertThat(HttpCalls.body(response).path(0).path("message").asString()).isEqualTo("Session expired or invalid");
    }

    @Test
    void idleSessionExpiresAfterTheOrgsTimeoutAndRefreshOpensANewOne() throws Exception {
        JsonNode tokens = webServerTokens();
        String access = tokens.path("access_token").asString();
        assertThat(http.get(PROBE, access).statusCode()).isEqualTo(200);

        emulator.clock().advance(Duration.ofMinutes(31));
        assertInvalidSession(http.get(PROBE, access));

        HttpResponse<String> refreshed = refresh(tokens.path("refresh_token").asString());
        assertThat(refreshed.statusCode()).isEqualTo(200);
        JsonNode body = HttpCalls.body(refreshed);
        assertThat(body.has("refresh_token")).isFalse();
        assertThat(body.path("instance_url").asString()).isEqualTo(emulator.baseUrl());
        assertThat(http.get(PROBE, body.path("access_token").asString()).statusCode()).isEqualTo(200);
    }

    @Test
    void busySessionLivesOnPastTheTimeout() throws Exception {
        String access = webServerTokens().path("access_token").asString();
        for (int i = 0; i < 3; i++) {
            emulator.clock().advance(Duration.ofMinutes(20));
            assertThat(http.get(PROBE, access).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void revokedAccessTokenGetsInvalidSession() throws Exception {
        String access = webServerTokens().path("access_token").asString();

        HttpResponse<String> revoked = http.postForm("/services/oauth2/revoke", Map.of("token", access));

        assertThat(revoked.statusCode()).isEqualTo(200);
        assertInvalidSession(http.get(PROBE, access));
    }

    @Test
    void revokedRefreshTokenEndsItsSessionsAndCannotRefresh() throws Exception {
        JsonNode tokens = webServerTokens();
        String refreshToken = tokens.path("refresh_token").asString();
        String refreshedAccess = HttpCalls.body(refresh(refreshToken)).path("access_token").asString();

        HttpResponse<String> revoked = http.get("/services/oauth2/revoke?token=" + HttpCalls.encode(refreshToken));

        assertThat(revoked.statusCode()).isEqualTo(200);
        assertInvalidSession(http.get(PROBE, tokens.path("access_token").asString()));
        assertInvalidSession(http.get(PROBE, refreshedAccess));
        HttpResponse<String> again = refresh(refreshToken);
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(HttpCalls.body(again).path("error").asString()).isEqualTo("invalid_grant");
        assertThat(HttpCalls.body(again).path("error_description").asString()).isEqualTo("expired access/refresh token");
    }

    @Test
    void revokingAnUnknownTokenIsABadRequest() throws Exception {
        HttpResponse<String> response = http.postForm("/services/oauth2/revoke", Map.of("token", "00Dnothing!x"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(HttpCalls.body(response).path("error").asString()).isEqualTo("invalid_token");
    }

    @Test
    void refreshTokenOfAnotherClientIsRejected() throws Exception {
        String refreshToken = webServerTokens().path("refresh_token").asString();
        TestOrg other = TestOrg.create(emulator);

        HttpResponse<String> response = http.postForm("/services/oauth2/token", Map.of("grant_type", "refresh_token",
                "refresh_token", refreshToken, "client_id", other.app().clientId()));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(HttpCalls.body(response).path("error_description").asString()).isEqualTo("expired access/refresh token");
    }

    @Test
    void dataCallsPastTheDailyAllocationGetRequestLimitExceeded() throws Exception {
        String access = emulator.admin().openSession(org.user().username()).accessToken();
        emulator.admin().updateSettings(org.org().id(), s -> s.withDailyApiRequests(50));
        emulator.admin().setApiUsage(org.org().id(), 49);

        HttpResponse<String> last = http.get(PROBE, access);
        HttpResponse<String> refused = http.get(PROBE, access);

        assertThat(last.statusCode()).isEqualTo(200);
        assertThat(last.headers().firstValue("Sforce-Limit-Info")).hasValue("api-usage=50/50");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(HttpCalls.body(refused).path(0).path("errorCode").asString()).isEqualTo("REQUEST_LIMIT_EXCEEDED");
    }

    @Test
    void missingOrForeignTokenGetsInvalidSession() throws Exception {
        assertInvalidSession(http.get(PROBE));
        assertInvalidSession(http.get(PROBE, org.org().id15() + "!forged"));
    }
}
