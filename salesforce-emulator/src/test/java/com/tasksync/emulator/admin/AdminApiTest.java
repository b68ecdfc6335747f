package com.tasksync.emulator.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.emulator.Emulator;
import com.tasksync.emulator.http.Json;
import com.tasksync.emulator.support.HttpCalls;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class AdminApiTest {

    private static Emulator emulator;
    private static HttpCalls http;

    @BeforeAll
    static void start() {
        emulator = Emulator.builder().start();
        http = new HttpCalls(emulator.baseUrl());
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    private JsonNode call(String method, String path, Object body, int expectedStatus) throws Exception {
        HttpResponse<String> response = http.json(method, path, body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(expectedStatus);
        return response.body().isEmpty() ? Json.object() : HttpCalls.body(response);
    }

    private JsonNode newOrg(String name) throws Exception {
        return call("POST", "/__admin/orgs", Map.of("name", name, "settings", Map.of("dailyApiRequests", 500,
                "sessionTimeout", "PT15M", "setAuditFields", true, "timeZone", "Europe/Berlin")), 201);
    }

    @Test
    void createsOrgsWithSettingsAndListsThem() throws Exception {
        JsonNode org = newOrg("Acme");

        assertThat(org.path("id").asString()).startsWith("00D").hasSize(18);
        assertThat(org.path("settings").path("dailyApiRequests").asInt()).isEqualTo(500);
        assertThat(org.path("settings").path("sessionTimeout").asString()).isEqualTo("PT15M");
        assertThat(org.path("settings").path("setAuditFields").asBoolean()).isTrue();
        assertThat(org.path("settings").path("timeZone").asString()).isEqualTo("Europe/Berlin");
        assertThat(call("GET", "/__admin/orgs/" + org.path("id").asString(), null, 200).path("name").asString()).isEqualTo("Acme");
        assertThat(call("GET", "/__admin/orgs", null, 200).findValuesAsString("name")).contains("Acme");
    }

    @Test
    void makesAnOrgWhoseTaskLacksTheExternalIdFieldOnlyAtCreation() throws Exception {
        JsonNode org = call("POST", "/__admin/orgs", Map.of("name", "No field",
                "settings", Map.of("taskSyncIdField", false)), 201);
        String orgId = org.path("id").asString();
        assertThat(org.path("settings").path("taskSyncIdField").asBoolean(true)).isFalse();
        assertThat(newOrg("With field").path("settings").path("taskSyncIdField").asBoolean(false)).isTrue();
        call("POST", "/__admin/orgs/" + orgId + "/users", Map.of("username", "ann@nofield.example", "password", "pw-1"), 201);
        String token = call("POST", "/__admin/sessions", Map.of("username", "ann@nofield.example"), 201)
                .path("accessToken").asString();

        HttpResponse<String> describe = http.get("/services/data/v66.0/sobjects/Task/describe", token);
        assertThat(HttpCalls.body(describe).findValuesAsString("name")).contains("Subject").doesNotContain("TaskSync_Id__c");
        HttpResponse<String> change = http.json("PATCH", "/__admin/orgs/" + orgId + "/settings",
                Map.of("taskSyncIdField", true));
        assertThat(change.statusCode()).isEqualTo(400);
        assertThat(change.body()).contains("taskSyncIdField");
    }

    @Test
    void makesAnOrgWithAnotherDefaultTaskStatusOnlyAtCreation() throws Exception {
        JsonNode org = call("POST", "/__admin/orgs", Map.of("name", "In progress",
                "settings", Map.of("defaultTaskStatus", "In Progress")), 201);
        String orgId = org.path("id").asString();
        assertThat(org.path("settings").path("defaultTaskStatus").asString()).isEqualTo("In Progress");
        call("POST", "/__admin/orgs/" + orgId + "/users", Map.of("username", "ann@inprogress.example", "password", "pw-1"), 201);
        String token = call("POST", "/__admin/sessions", Map.of("username", "ann@inprogress.example"), 201)
                .path("accessToken").asString();

        JsonNode defaults = HttpCalls.body(http.get("/services/data/v66.0/query?q="
                + java.net.URLEncoder.encode("SELECT MasterLabel FROM TaskStatus WHERE IsDefault = true",
                        java.nio.charset.StandardCharsets.UTF_8), token));
        assertThat(defaults.findValuesAsString("MasterLabel")).containsExactly("In Progress");
        JsonNode created = HttpCalls.body(http.json("POST", "/services/data/v66.0/sobjects/Task",
                Map.of("Subject", "Call"), token));
        JsonNode task = HttpCalls.body(http.get("/services/data/v66.0/sobjects/Task/" + created.path("id").asString(),
                token));
        assertThat(task.path("Status").asString()).isEqualTo("In Progress");

        HttpResponse<String> closed = http.json("POST", "/__admin/orgs", Map.of("name", "Closed default",
                "settings", Map.of("defaultTaskStatus", "Completed")));
        assertThat(closed.statusCode()).isEqualTo(400);
        assertThat(closed.body()).contains("defaultTaskStatus");
        HttpResponse<String> change = http.json("PATCH", "/__admin/orgs/" + orgId + "/settings",
                Map.of("defaultTaskStatus", "Deferred"));
        assertThat(change.statusCode()).isEqualTo(400);
        assertThat(change.body()).contains("defaultTaskStatus");
    }

    @Test
    void createsUsersAppsAndSessionsThatWorkAgainstOAuth() throws Exception {
        String orgId = newOrg("Users").path("id").asString();
        JsonNode user = call("POST", "/__admin/orgs/" + orgId + "/users", Map.of("username", "ann@users.example",
                "password", "pw-1", "email", "ann@mail.example", "firstName", "Ann", "lastName", "Lee"), 201);
        assertThat(user.path("id").asString()).startsWith("005");
        JsonNode app = call("POST", "/__admin/connected-apps", Map.of("name", "Sync",
                "redirectUris", List.of("http://127.0.0.1:9/cb"), "runAs", "ann@users.example"), 201);
        assertThat(app.path("clientId").asString()).startsWith("3MVG9");

        HttpResponse<String> token = http.postForm("/services/oauth2/token", Map.of("grant_type", "password",
                "client_id", app.path("clientId").asString(), "client_secret", app.path("clientSecret").asString(),
                "username", "ann@users.example", "password", "pw-1"));
        assertThat(token.statusCode()).isEqualTo(200);

        JsonNode session = call("POST", "/__admin/sessions", Map.of("username", "ann@users.example"), 201);
        assertThat(session.path("accessToken").asString()).startsWith(orgId.substring(0, 15) + "!");
        assertThat(session.path("instanceUrl").asString()).isEqualTo(emulator.baseUrl());
        assertThat(http.get("/services/oauth2/userinfo", session.path("accessToken").asString()).statusCode()).isEqualTo(200);
    }

    @Test
    void registersAnAppUnderAClientIdOfTheCallersChoosing() throws Exception {
        JsonNode app = call("POST", "/__admin/connected-apps", Map.of("name", "CLI", "clientId", "PlatformCLI",
                "redirectUris", List.of("http://localhost:1717/OauthRedirect")), 201);

        assertThat(app.path("clientId").asString()).isEqualTo("PlatformCLI");
        assertThat(app.path("clientSecret").asString()).isNotBlank();
        assertThat(errorField(http.json("POST", "/__admin/connected-apps", Map.of("name", "CLI", "clientId", "PlatformCLI"))))
                .isEqualTo("clientId");
    }

    @Test
    void changesSettingsAndApiUsage() throws Exception {
        String orgId = newOrg("Limits").path("id").asString();

        JsonNode settings = call("PATCH", "/__admin/orgs/" + orgId + "/settings", Map.of("dailyApiRequests", 10), 200);
        JsonNode usage = call("PUT", "/__admin/orgs/" + orgId + "/api-usage", Map.of("used", 10), 200);

        assertThat(settings.path("dailyApiRequests").asInt()).isEqualTo(10);
        assertThat(settings.path("setAuditFields").asBoolean()).isTrue();
        assertThat(usage.path("used").asLong()).isEqualTo(10);
        assertThat(usage.path("max").asLong()).isEqualTo(10);
        assertThat(emulator.admin().org(orgId).apiUsage().used(emulator.clock().now())).isEqualTo(10);
    }

    @Test
    void movesAndSetsTheClock() throws Exception {
        Instant before = Instant.parse(call("GET", "/__admin/clock", null, 200).path("now").asString());

        Instant advanced = Instant.parse(call("POST", "/__admin/clock", Map.of("advance", "PT1H"), 200).path("now").asString());
        assertThat(Duration.between(before, advanced)).isBetween(Duration.ofHours(1), Duration.ofHours(1).plusMinutes(1));

        Instant set = Instant.parse(call("POST", "/__admin/clock", Map.of("set", "2030-01-01T00:00:00Z"), 200).path("now").asString());
        assertThat(set).isBetween(Instant.parse("2030-01-01T00:00:00Z"), Instant.parse("2030-01-01T00:01:00Z"));
        call("POST", "/__admin/reset", Map.of(), 204);
        assertThat(emulator.clock().now()).isBefore(Instant.parse("2030-01-01T00:00:00Z"));
    }

    @Test
    void rejectsBadInputNamingTheField() throws Exception {
        assertThat(errorField(http.json("POST", "/__admin/orgs", Map.of()))).isEqualTo("name");
        assertThat(errorField(http.json("POST", "/__admin/orgs", Map.of("name", "x", "settings", Map.of("sessionTimeout", "2h")))))
                .isEqualTo("sessionTimeout");
        assertThat(errorField(http.json("POST", "/__admin/clock", Map.of("advance", "-PT1H")))).isEqualTo("advance");
        assertThat(errorField(http.json("POST", "/__admin/faults", Map.of("kind", "explode", "path", "/x")))).isEqualTo("kind");
        assertThat(errorField(http.json("POST", "/__admin/connected-apps", Map.of("name", "a", "certificate", "nope"))))
                .isEqualTo("certificate");
        assertThat(http.json("POST", "/__admin/orgs/00D000000000000AAA/users", Map.of("username", "a@b.c", "password", "p"))
                .statusCode()).isEqualTo(404);
    }

    @Test
    void resetWithOrgsForgetsEveryOrg() throws Exception {
        try (Emulator own = Emulator.builder().start()) {
            HttpCalls ownHttp = new HttpCalls(own.baseUrl());
            ownHttp.json("POST", "/__admin/orgs", Map.of("name", "Gone"));

            assertThat(ownHttp.json("POST", "/__admin/reset", Map.of("orgs", true)).statusCode()).isEqualTo(204);

            assertThat(HttpCalls.body(ownHttp.get("/__admin/orgs")).size()).isZero();
        }
    }

    @Test
    void adminApiSwitchedOffAnswersNotFound() throws Exception {
        try (Emulator closed = Emulator.builder().adminApi(false).start()) {
            HttpCalls closedHttp = new HttpCalls(closed.baseUrl());

            HttpResponse<String> response = closedHttp.json("POST", "/__admin/orgs", Map.of("name", "x"));

            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(HttpCalls.body(response).path(0).path("errorCode").asString()).isEqualTo("NOT_FOUND");
            assertThat(closed.directory().orgs()).isEmpty();
        }
    }

    private static String errorField(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode error = HttpCalls.body(response).path(0);
        assertThat(error.path("errorCode").asString()).isEqualTo("INVALID_ADMIN_REQUEST");
        return error.path("fields").path(0).asString();
    }
}
