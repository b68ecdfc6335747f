package com.tasksync.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.support.Api;
import com.tasksync.support.AppTestBase;
import com.tasksync.support.ApiResponse;
import com.tasksync.support.WebSession;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ApiSecurityTest extends AppTestBase {

    private static final List<String[]> ENDPOINTS = List.of(
            new String[] {"GET", "/api/tasks"},
            new String[] {"POST", "/api/tasks"},
            new String[] {"GET", "/api/tasks/{id}"},
            new String[] {"PATCH", "/api/tasks/{id}"},
            new String[] {"DELETE", "/api/tasks/{id}"},
            new String[] {"POST", "/api/tasks/{id}/complete"},
            new String[] {"POST", "/api/tasks/{id}/reopen"},
            new String[] {"POST", "/api/tasks/{id}/restore"},
            new String[] {"GET", "/api/command-center"},
            new String[] {"GET", "/api/sync"},
            new String[] {"PUT", "/api/sync"},
            new String[] {"GET", "/api/sync/log"},
            new String[] {"GET", "/api/admin/users"},
            new String[] {"POST", "/api/admin/users"},
            new String[] {"GET", "/api/tokens"},
            new String[] {"POST", "/api/tokens"},
            new String[] {"DELETE", "/api/tokens/{id}"});

    @Test
    void answersEveryEndpointWithoutCredentialsWith401ProblemAndChallenge() {
        var owner = api(newUser());
        var id = owner.post("/api/tasks", Map.of("subject", "secret")).json().get("id").stringValue();

        for (var endpoint : ENDPOINTS) {
            var response = call(anonymous(), endpoint, id);
            assertUnauthorized(response, endpoint[0] + " " + endpoint[1]);
        }
    }

    @Test
    void givesAWrongPasswordNoData() {
        var user = newUser();
        var id = api(user).post("/api/tasks", Map.of("subject", "secret plans")).json().get("id").stringValue();
        var intruder = new Api(baseUrl(), user.email(), "wrong password!");

        var list = intruder.get("/api/tasks");
        var one = intruder.get("/api/tasks/" + id);

        assertUnauthorized(list, "list");
        assertUnauthorized(one, "one");
        assertThat(list.text()).doesNotContain("secret plans");
        assertThat(one.text()).doesNotContain("secret plans");
    }

    @Test
    void neverRedirectsTheApiToTheSignInPage() {
        var response = anonymous().send("/api/tasks", "GET", null, "", "Accept", "text/html");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("Location")).isNull();
    }

    @Test
    void refusesADeactivatedUser() {
        var admin = newUser(ZoneId.of("UTC"), true);
        var user = newUser();
        api(admin).post("/api/admin/users/" + user.id() + "/deactivate", null);

        assertUnauthorized(api(user).get("/api/tasks"), "deactivated");
    }

    @Test
    void answersAnUnknownApiPathWith404Problem() {
        var response = api(newUser()).get("/api/nothing-here");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void refusesASessionApiWriteWithoutCsrfToken() {
        var response = anonymous().send("/api/tasks", "POST", "application/json", "{\"subject\":\"x\"}",
                "Cookie", WebSession.COOKIE + "=" + unknownSessionId());

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void refusesAWriteThatCarriesASessionCookieAndBasicCredentialsButNoCsrfToken() {
        var user = newUser();
        var session = WebSession.signedIn(baseUrl(), user);

        var response = api(user).send("/api/tasks", "POST", "application/json", Api.json(Map.of("subject", "forged")),
                "Cookie", session.sessionCookie());

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(api(user).get("/api/tasks").json().get("totalItems").asInt()).isZero();
    }

    @Test
    void refusesAWriteABrowserSentForAnotherSiteWithRememberedBasicCredentials() {
        var user = newUser();
        var task = api(user).post("/api/tasks", Map.of("subject", "keep open")).json().get("id").stringValue();

        // Another site's form, posted by a browser that remembers the user's Basic credentials from a
        // sign-in prompt: no session cookie, no body, and the browser says where it comes from.
        var crossSite = api(user).send("/api/tasks/" + task + "/complete", "POST", "application/x-www-form-urlencoded",
                "", "Sec-Fetch-Site", "cross-site");
        var sameSite = api(user).send("/api/tasks/" + task + "/complete", "POST", "application/x-www-form-urlencoded",
                "", "Sec-Fetch-Site", "same-site");

        assertThat(crossSite.status()).isEqualTo(403);
        assertThat(crossSite.contentType()).startsWith("application/problem+json");
        assertThat(sameSite.status()).isEqualTo(403);
        assertThat(api(user).get("/api/tasks/" + task).json().get("status").stringValue()).isEqualTo("open");
        assertThat(api(user).send("/api/tasks/" + task + "/complete", "POST", "application/json", "",
                "Sec-Fetch-Site", "same-origin").status()).as("this site's own page").isEqualTo(200);
        assertThat(api(user).send("/api/tasks/" + task + "/reopen", "POST", "application/json", "").status())
                .as("a script, which sends no Sec-Fetch-Site").isEqualTo(200);
    }

    @Test
    void acceptsAWriteThatCarriesASessionCookieWithItsCsrfToken() {
        var user = newUser();
        var session = WebSession.signedIn(baseUrl(), user);

        var response = anonymous().send("/api/tasks", "POST", "application/json", Api.json(Map.of("subject", "mine")),
                "Cookie", session.sessionCookie(), "X-CSRF-TOKEN", session.csrfToken());

        assertThat(response.status()).isEqualTo(201);
    }

    @Test
    void answers401And403WithTheSameProblemShapeAsEveryOtherError() {
        var unauthorized = anonymous().get("/api/tasks");
        var forbidden = api(newUser()).get("/api/admin/users");
        var notFound = api(newUser()).get("/api/nothing-here");

        assertThat(unauthorized.status()).isEqualTo(401);
        assertThat(forbidden.status()).isEqualTo(403);
        for (var response : List.of(unauthorized, forbidden, notFound)) {
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(names(response)).isEqualTo(names(notFound)).contains("title", "status", "detail", "instance")
                    .doesNotContain("type");
        }
        assertThat(unauthorized.json().get("instance").stringValue()).isEqualTo("/api/tasks");
        assertThat(forbidden.json().get("instance").stringValue()).isEqualTo("/api/admin/users");
    }

    /** A session cookie's value as Spring Session writes one (base64 of an id), for a session nobody has. */
    private static String unknownSessionId() {
        return Base64.getEncoder().encodeToString(UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII));
    }

    private static Set<String> names(ApiResponse response) {
        var names = new TreeSet<String>();
        response.json().propertyNames().forEach(names::add);
        return names;
    }

    static ApiResponse call(Api api, String[] endpoint, String id) {
        var path = endpoint[1].replace("{id}", id);
        return switch (endpoint[0]) {
            case "GET" -> api.get(path);
            case "DELETE" -> api.delete(path);
            case "PATCH" -> api.patch(path, Map.of("subject", "hijacked"));
            case "PUT" -> api.put(path, Map.of("enabled", true));
            default -> api.post(path, path.equals("/api/tasks") ? Map.of("subject", "x")
                    : path.equals("/api/admin/users") ? Map.of("email", "x@example.test", "password", "long enough!")
                    : path.equals("/api/tokens") ? Map.of("name", "x")
                    : null);
        };
    }

    private static void assertUnauthorized(ApiResponse response, String what) {
        assertThat(response.status()).as(what).isEqualTo(401);
        assertThat(response.header("WWW-Authenticate")).as(what).startsWith("Basic");
        assertThat(response.contentType()).as(what).startsWith("application/problem+json");
    }
}
