package com.tasksync.emulator.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.emulator.Emulator;
import com.tasksync.emulator.org.Session;
import com.tasksync.emulator.support.HttpCalls;
import com.tasksync.emulator.support.TestOrg;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class IdentityTest {

    private static Emulator emulator;
    private static HttpCalls http;
    private static TestOrg org;
    private static Session session;

    @BeforeAll
    static void start() {
        emulator = Emulator.builder().start();
        http = new HttpCalls(emulator.baseUrl());
        org = TestOrg.create(emulator);
        session = emulator.admin().openSession(org.user().username());
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    private String identityPath() {
        return "/id/" + org.org().id() + "/" + org.user().id();
    }

    @Test
    void identityUrlDescribesTheUserAndPointsAtTheEmulator() throws Exception {
        HttpResponse<String> response = http.get(identityPath() + "?format=json&version=66.0", session.accessToken());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = HttpCalls.body(response);
        assertThat(body.path("id").asString()).isEqualTo(emulator.baseUrl() + identityPath());
        assertThat(body.path("user_id").asString()).isEqualTo(org.user().id());
        assertThat(body.path("organization_id").asString()).isEqualTo(org.org().id());
        assertThat(body.path("username").asString()).isEqualTo(org.user().username());
        assertThat(body.path("display_name").asString()).isEqualTo(org.user().name());
        assertThat(body.path("email").asString()).isEqualTo(org.user().email());
        assertThat(body.path("active").asBoolean()).isTrue();
        assertThat(body.path("user_type").asString()).isEqualTo("STANDARD");
        assertThat(body.path("timezone").asString()).isEqualTo(org.user().timeZoneSidKey());
        JsonNode urls = body.path("urls");
        assertThat(urls.path("rest").asString()).isEqualTo(emulator.baseUrl() + "/services/data/v66.0/");
        assertThat(urls.path("sobjects").asString()).isEqualTo(emulator.baseUrl() + "/services/data/v66.0/sobjects/");
        assertThat(urls.path("query").asString()).isEqualTo(emulator.baseUrl() + "/services/data/v66.0/query/");
        assertThat(urls.path("enterprise").asString()).startsWith(emulator.baseUrl() + "/services/Soap/c/66.0/");
        assertThat(urls.path("partner").asString()).startsWith(emulator.baseUrl() + "/services/Soap/u/66.0/");
    }

    @Test
    void identityUrlTakesTheTokenAsParameterAndKeepsTheVersionPlaceholderByDefault() throws Exception {
        HttpResponse<String> response = http.get(identityPath() + "?format=json&oauth_token="
                + HttpCalls.encode(session.accessToken()));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(HttpCalls.body(response).path("urls").path("rest").asString())
                .isEqualTo(emulator.baseUrl() + "/services/data/v{version}/");
    }

    @Test
    void identityUrlWithABadTokenIsForbidden() throws Exception {
        HttpResponse<String> response = http.get(identityPath(), org.org().id15() + "!bogus");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).isEqualTo("Bad_OAuth_Token");
    }

    @Test
    void identityUrlOfAnotherUserIsNotFound() throws Exception {
        TestOrg other = TestOrg.create(emulator);

        HttpResponse<String> response = http.get("/id/" + other.org().id() + "/" + other.user().id(), session.accessToken());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).isEqualTo("Bad_Id");
    }

    @Test
    void userInfoAnswersOpenIdStyleClaims() throws Exception {
        HttpResponse<String> response = http.get("/services/oauth2/userinfo", session.accessToken());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = HttpCalls.body(response);
        assertThat(body.path("sub").asString()).isEqualTo(emulator.baseUrl() + identityPath());
        assertThat(body.path("user_id").asString()).isEqualTo(org.user().id());
        assertThat(body.path("organization_id").asString()).isEqualTo(org.org().id());
        assertThat(body.path("preferred_username").asString()).isEqualTo(org.user().username());
        assertThat(body.path("name").asString()).isEqualTo(org.user().name());
        assertThat(body.path("email").asString()).isEqualTo(org.user().email());
        assertThat(body.path("zoneinfo").asString()).isEqualTo(org.user().timeZoneSidKey());
        assertThat(body.path("utcOffset").isInt()).isTrue();
    }

    @Test
    void userInfoWithoutTokenIsForbidden() throws Exception {
        assertThat(http.get("/services/oauth2/userinfo").statusCode()).isEqualTo(403);
    }
}
