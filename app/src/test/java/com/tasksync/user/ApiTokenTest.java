package com.tasksync.user;

import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.support.Api;
import com.tasksync.support.ApiResponse;
import com.tasksync.support.AppTestBase;
import com.tasksync.support.TestUser;
import com.tasksync.support.WebSession;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class ApiTokenTest extends AppTestBase {

    @Autowired
    private JdbcClient jdbc;

    @Test
    void createsATokenShownOnceThatActsAsItsUser() {
        var user = newUser();
        api(user).post("/api/tasks", Map.of("subject", "Mine"));

        var created = api(user).post("/api/tokens", Map.of("name", "CRM import"));
        var token = created.json().get("token").stringValue();
        var listed = api(user).get("/api/tokens");
        var tasks = bearer(token).get("/api/tasks");

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("name").stringValue()).isEqualTo("CRM import");
        assertThat(created.json().get("lastUsedAt").isNull()).isTrue();
        assertThat(created.json().has("createdAt")).isTrue();
        assertThat(token).matches("tsk_[A-Za-z0-9_-]{43}");
        assertThat(listed.json().get(0).get("id").stringValue()).isEqualTo(created.json().get("id").stringValue());
        assertThat(listed.json().get(0).has("token")).isFalse();
        assertThat(listed.text()).doesNotContain(token);
        assertThat(tasks.status()).isEqualTo(200);
        assertThat(tasks.json().get("items").get(0).get("subject").stringValue()).isEqualTo("Mine");
    }

    @Test
    void storesOnlyTheSha256OfAToken() throws Exception {
        var user = newUser();
        var token = newToken(user);

        var stored = jdbc.sql("select token_hash from api_token where user_id = :user")
                .param("user", user.id()).query(byte[].class).single();

        assertThat(stored).isEqualTo(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void refusesARevokedTokenWith401Problem() {
        var user = newUser();
        var created = api(user).post("/api/tokens", Map.of("name", "old script"));
        var token = created.json().get("token").stringValue();

        var revoked = api(user).delete("/api/tokens/" + created.json().get("id").stringValue());
        var refused = bearer(token).get("/api/tasks");

        assertThat(revoked.status()).isEqualTo(204);
        assertBearerRefused(refused);
        assertThat(api(user).get("/api/tokens").json().size()).isZero();
    }

    @Test
    void refusesUnknownAndMalformedTokens() {
        assertBearerRefused(bearer("tsk_" + "A".repeat(43)).get("/api/tasks"));
        assertBearerRefused(bearer("not-a-token").get("/api/tasks"));
        assertBearerRefused(bearer("").get("/api/tasks"));
    }

    @Test
    void refusesTheTokenOfADeactivatedUser() {
        var user = newUser();
        var token = newToken(user);
        users.deactivate(user.id(), newUser(ZoneId.of("UTC"), true).id());

        assertBearerRefused(bearer(token).get("/api/tasks"));
    }

    @Test
    void anotherUsersTokenIsNotFoundAndKeepsWorking() {
        var owner = newUser();
        var created = api(owner).post("/api/tokens", Map.of("name", "owner's"));

        var attempt = api(newUser()).delete("/api/tokens/" + created.json().get("id").stringValue());

        assertThat(attempt.status()).isEqualTo(404);
        assertThat(attempt.contentType()).startsWith("application/problem+json");
        assertThat(bearer(created.json().get("token").stringValue()).get("/api/tasks").status()).isEqualTo(200);
    }

    @Test
    void aTokenCannotManageTokens() {
        var token = newToken(newUser());

        var create = bearer(token).post("/api/tokens", Map.of("name", "offspring"));
        var list = bearer(token).get("/api/tokens");

        assertThat(create.status()).isEqualTo(403);
        assertThat(create.contentType()).startsWith("application/problem+json");
        assertThat(list.status()).isEqualTo(403);
    }

    @Test
    void aSignedInPageSessionCanMakeATokenWithItsCsrfToken() {
        var user = newUser();
        var session = WebSession.signedIn(baseUrl(), user);

        var created = anonymous().send("/api/tokens", "POST", "application/json", Api.json(Map.of("name", "from page")),
                "Cookie", session.sessionCookie(), "X-CSRF-TOKEN", session.csrfToken());

        assertThat(created.status()).isEqualTo(201);
    }

    @Test
    void aTokenWithASessionCookieStillNeedsTheCsrfTokenToWrite() {
        var user = newUser();
        var token = newToken(user);
        var session = WebSession.signedIn(baseUrl(), user);

        var write = bearer(token).send("/api/tasks", "POST", "application/json", Api.json(Map.of("subject", "x")),
                "Cookie", session.sessionCookie());

        assertThat(write.status()).isEqualTo(403);
    }

    @Test
    void notesALastUseAtMostOnceAMinute() {
        var start = Instant.parse("2026-06-10T09:00:00Z");
        clock.stopAt(start);
        var user = newUser();
        var token = newToken(user);

        bearer(token).get("/api/tasks");
        clock.stopAt(start.plusSeconds(50));
        bearer(token).get("/api/tasks");
        var withinTheMinute = lastUsedAt(user);
        clock.stopAt(start.plusSeconds(61));
        bearer(token).get("/api/tasks");

        assertThat(withinTheMinute).isEqualTo("2026-06-10T09:00:00Z");
        assertThat(lastUsedAt(user)).isEqualTo("2026-06-10T09:01:01Z");
    }

    @Test
    void refusesABadTokenNameNamingTheField() {
        var api = api(newUser());

        for (var body : new Object[] {Map.of(), Map.of("name", " "), Map.of("name", "x".repeat(101)),
                Map.of("name", "CRM \u202Eimport"), Map.of("name", "x", "token", "tsk_mine")}) {
            var response = api.post("/api/tokens", body);
            assertThat(response.status()).as(body.toString()).isEqualTo(400);
            assertThat(response.json().get("errors").get(0).get("field").stringValue()).as(body.toString())
                    .isIn("name", "token");
        }
        assertThat(api.get("/api/tokens").json().size()).isZero();
    }

    private String newToken(TestUser user) {
        return api(user).post("/api/tokens", Map.of("name", "script " + UUID.randomUUID()))
                .json().get("token").stringValue();
    }

    private String lastUsedAt(TestUser user) {
        return api(user).get("/api/tokens").json().get(0).get("lastUsedAt").stringValue();
    }

    private Api bearer(String token) {
        return Api.withHeader(baseUrl(), "Bearer " + token);
    }

    private static void assertBearerRefused(ApiResponse response) {
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
    }
}
