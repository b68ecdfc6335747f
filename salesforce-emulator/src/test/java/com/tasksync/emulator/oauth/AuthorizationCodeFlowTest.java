package com.tasksync.emulator.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.emulator.Emulator;
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

class AuthorizationCodeFlowTest {

    private static final String VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";

    private static Emulator emulator;
    private static HttpCalls http;
    private static LoginPages pages;
    private TestOrg org;

    @BeforeAll
    static void start() {
        emulator = Emulator.builder().start();
        http = new HttpCalls(emulator.baseUrl());
        pages = new LoginPages(http);
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    @BeforeEach
    void newOrg() {
        org = TestOrg.create(emulator);
    }

    private Map<String, String> authorizeQuery(String state) {
        Map<String, String> q = new HashMap<>(Map.of("response_type", "code", "client_id", org.app().clientId(),
                "redirect_uri", TestOrg.CALLBACK, "state", state));
        q.put("code_challenge", PkceVerifier.s256(VERIFIER));
        return q;
    }

    private String codeFor(Map<String, String> query) throws Exception {
        HttpResponse<String> redirect = pages.authorize(query, org.user().username(), org.password(), true);
        assertThat(redirect.statusCode()).isEqualTo(302);
        return LoginPages.queryOf(redirect.headers().firstValue("Location").orElseThrow()).get("code");
    }

    private HttpResponse<String> exchange(String code, String verifier, String redirectUri) throws Exception {
        Map<String, String> form = new HashMap<>(Map.of("grant_type", "authorization_code", "code", code,
                "client_id", org.app().clientId(), "redirect_uri", redirectUri));
        if (verifier != null) {
            form.put("code_verifier", verifier);
        }
        return http.postFormChunked("/services/oauth2/token", form);
    }

    private static void assertError(HttpResponse<String> response, String error, String description) {
        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode body = HttpCalls.body(response);
        assertThat(body.path("error").asString()).isEqualTo(error);
        assertThat(body.path("error_description").asString()).isEqualTo(description);
    }

    @Test
    void loginAndConsentRedirectBackWithCodeAndState() throws Exception {
        HttpResponse<String> loginPage = http.get("/services/oauth2/authorize?" + HttpCalls.form(authorizeQuery("s1")));
        assertThat(loginPage.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(loginPage.body()).contains("id=\"username\"", "id=\"password\"", "id=\"Login\"");

        HttpResponse<String> redirect = pages.authorize(authorizeQuery("xyz/1?&"), org.user().username(), org.password(), true);

        String location = redirect.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(TestOrg.CALLBACK + "?code=");
        assertThat(LoginPages.queryOf(location)).containsEntry("state", "xyz/1?&").containsKey("code");
    }

    @Test
    void codeWithRightVerifierGivesTokensWithRefreshToken() throws Exception {
        HttpResponse<String> response = exchange(codeFor(authorizeQuery("s")), VERIFIER, TestOrg.CALLBACK);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = HttpCalls.body(response);
        assertThat(body.path("access_token").asString()).startsWith(org.org().id15() + "!");
        assertThat(body.path("refresh_token").asString()).isNotBlank();
        assertThat(body.path("id").asString()).endsWith("/id/" + org.org().id() + "/" + org.user().id());
    }

    @Test
    void codeWithWrongOrMissingVerifierIsRejected() throws Exception {
        assertError(exchange(codeFor(authorizeQuery("s")), "not-the-verifier", TestOrg.CALLBACK),
                "invalid_grant", "invalid code verifier");
        assertError(exchange(codeFor(authorizeQuery("s")), null, TestOrg.CALLBACK), "invalid_grant", "invalid code verifier");
    }

    @Test
    void codeWorksOnlyOnce() throws Exception {
        String code = codeFor(authorizeQuery("s"));
        assertThat(exchange(code, VERIFIER, TestOrg.CALLBACK).statusCode()).isEqualTo(200);

        assertError(exchange(code, VERIFIER, TestOrg.CALLBACK), "invalid_grant", "invalid authorization code");
    }

    @Test
    void codeExpiresAfterFifteenMinutes() throws Exception {
        String code = codeFor(authorizeQuery("s"));
        emulator.clock().advance(Duration.ofMinutes(16));

        assertError(exchange(code, VERIFIER, TestOrg.CALLBACK), "invalid_grant", "expired authorization code");
    }

    @Test
    void redirectUriMustEqualTheOneUsedAtAuthorize() throws Exception {
        assertError(exchange(codeFor(authorizeQuery("s")), VERIFIER, "http://localhost:8080/other"),
                "redirect_uri_mismatch", "redirect_uri must match configuration");
    }

    @Test
    void codeWithoutPkceNeedsTheClientSecret() throws Exception {
        Map<String, String> query = authorizeQuery("s");
        query.remove("code_challenge");
        assertError(exchange(codeFor(query), null, TestOrg.CALLBACK), "invalid_client", "invalid client credentials");

        Map<String, String> form = new HashMap<>(Map.of("grant_type", "authorization_code", "code", codeFor(query),
                "client_id", org.app().clientId(), "client_secret", org.app().clientSecret(), "redirect_uri", TestOrg.CALLBACK));
        assertThat(http.postForm("/services/oauth2/token", form).statusCode()).isEqualTo(200);
    }

    @Test
    void userWhoDeniesIsSentBackWithAccessDenied() throws Exception {
        HttpResponse<String> redirect = pages.authorize(authorizeQuery("st"), org.user().username(), org.password(), false);

        Map<String, String> params = LoginPages.queryOf(redirect.headers().firstValue("Location").orElseThrow());
        assertThat(params).containsEntry("error", "access_denied").containsEntry("state", "st").doesNotContainKey("code");
    }

    @Test
    void unknownClientOrUnregisteredRedirectGetsAnErrorPageAndNoRedirect() throws Exception {
        Map<String, String> badClient = authorizeQuery("s");
        badClient.put("client_id", "3MVG9nobody");
        HttpResponse<String> clientPage = http.get("/services/oauth2/authorize?" + HttpCalls.form(badClient));
        assertThat(clientPage.statusCode()).isEqualTo(400);
        assertThat(clientPage.body()).contains("invalid_client_id");

        Map<String, String> badRedirect = authorizeQuery("s");
        badRedirect.put("redirect_uri", "https://evil.example/steal");
        HttpResponse<String> redirectPage = http.get("/services/oauth2/authorize?" + HttpCalls.form(badRedirect));
        assertThat(redirectPage.statusCode()).isEqualTo(400);
        assertThat(redirectPage.headers().firstValue("Location")).isEmpty();
        assertThat(redirectPage.body()).contains("redirect_uri_mismatch");
    }

    @Test
    void wrongPasswordShowsTheLoginFormAgainWithEscapedUsername() throws Exception {
        HttpResponse<String> loginPage = http.get("/services/oauth2/authorize?" + HttpCalls.form(authorizeQuery("s")));

        HttpResponse<String> again = http.postForm("/services/oauth2/authorize",
                Map.of("ticket", LoginPages.ticket(loginPage.body()), "username", "\"><script>x</script>", "password", "bad"));

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains("id=\"error\"", "&quot;&gt;&lt;script&gt;").doesNotContain("<script>");
    }

    @Test
    void hostileStateIsNeverEchoedUnescapedAndTravelsEncoded() throws Exception {
        String hostile = "\"><script>alert(1)</script>";
        HttpResponse<String> loginPage = http.get("/services/oauth2/authorize?" + HttpCalls.form(authorizeQuery(hostile)));
        assertThat(loginPage.body()).doesNotContain("<script>");

        HttpResponse<String> redirect = pages.authorize(authorizeQuery(hostile), org.user().username(), org.password(), true);

        String location = redirect.headers().firstValue("Location").orElseThrow();
        assertThat(location).doesNotContain("<", ">", "\"");
        assertThat(LoginPages.queryOf(location)).containsEntry("state", hostile);
    }

    @Test
    void loginPageTicketCannotBeReplayedOnTheConsentStep() throws Exception {
        HttpResponse<String> loginPage = http.get("/services/oauth2/authorize?" + HttpCalls.form(authorizeQuery("s")));

        HttpResponse<String> forged = http.postForm("/services/oauth2/authorize/consent",
                Map.of("ticket", LoginPages.ticket(loginPage.body()), "decision", "allow"));

        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(forged.headers().firstValue("Location")).isEmpty();
    }
}
