package com.tasksync.emulator.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.emulator.Emulator;
import com.tasksync.emulator.org.Org;
import com.tasksync.emulator.support.HttpCalls;
import com.tasksync.emulator.support.LoginPages;
import com.tasksync.emulator.http.Json;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.JsonNode;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class DemoOrgTest {

    @Test
    void demoAppAcceptsTheAppsDefaultCallbackOnBothHostNames() throws Exception {
        try (Emulator emulator = Emulator.builder().start()) {
            DemoCredentials demo = DemoOrg.seed(emulator);
            assertThat(demo.clientId()).isEqualTo(DemoOrg.CLIENT_ID);
            HttpCalls http = new HttpCalls(emulator.baseUrl());
            for (String callback : demo.redirectUris()) {
                HttpResponse<String> redirect = new LoginPages(http).authorize(Map.of("response_type", "code",
                        "client_id", demo.clientId(), "redirect_uri", callback, "state", "demo"),
                        demo.username(), demo.password(), true);

                assertThat(redirect.headers().firstValue("Location").orElseThrow()).startsWith(callback + "?code=");
            }
        }
    }

    @Test
    void demoSeedingHandsTheOrgAndOwnerToTheTaskHook() {
        try (Emulator emulator = Emulator.builder().start()) {
            AtomicReference<Org> seeded = new AtomicReference<>();

            DemoCredentials demo = DemoOrg.seed(emulator, (org, owner) -> seeded.set(org));

            assertThat(seeded.get().id()).isEqualTo(demo.orgId());
            assertThat(seeded.get().settings().setAuditFields()).isTrue();
        }
    }

    @Test
    void demoUserOwnsTasksDueAroundTodayWithHistoryInsideAndBeforeTheLastDay() throws Exception {
        try (Emulator emulator = Emulator.builder().start()) {
            DemoCredentials demo = DemoOrg.seed(emulator);
            String token = emulator.admin().openSession(demo.username()).accessToken();
            HttpCalls http = new HttpCalls(emulator.baseUrl());

            JsonNode all = query(http, token, "SELECT COUNT() FROM Task WHERE OwnerId = '" + demo.userId() + "'");
            JsonNode recent = query(http, token, "SELECT COUNT() FROM Task WHERE CreatedDate = LAST_N_DAYS:1 OR LastModifiedDate = LAST_N_DAYS:1");
            JsonNode past = query(http, token, "SELECT COUNT() FROM Task WHERE ActivityDate < TODAY");
            JsonNode future = query(http, token, "SELECT COUNT() FROM Task WHERE ActivityDate > TODAY");

            assertThat(all.get("totalSize").asInt()).isEqualTo(36);
            assertThat(recent.get("totalSize").asInt()).isBetween(1, 35);
            assertThat(past.get("totalSize").asInt()).isPositive();
            assertThat(future.get("totalSize").asInt()).isPositive();
        }
    }

    @Test
    void integrationUserReadsEveryRepsTasksAndShowsViewAllDataToAPreFlightCheck() throws Exception {
        try (Emulator emulator = Emulator.builder().start()) {
            DemoCredentials demo = DemoOrg.seed(emulator);
            HttpCalls http = new HttpCalls(emulator.baseUrl());
            String repToken = emulator.admin().openSession(demo.username()).accessToken();
            String token = emulator.admin().openSession(demo.integration().username()).accessToken();
            http.json("POST", "/__admin/orgs/" + demo.orgId() + "/users", Map.of("username", "second-rep@tasksync.example",
                    "password", "pw-2"));
            String secondRep = emulator.admin().openSession("second-rep@tasksync.example").accessToken();

            JsonNode viewAll = query(http, token, "SELECT Id FROM PermissionSetAssignment WHERE AssigneeId = '"
                    + demo.integration().userId() + "' AND PermissionSet.PermissionsViewAllData = true");
            JsonNode repViewAll = query(http, repToken, "SELECT Id FROM PermissionSetAssignment WHERE AssigneeId = '"
                    + demo.userId() + "' AND PermissionSet.PermissionsViewAllData = true");

            assertThat(viewAll.get("totalSize").asInt()).isEqualTo(1);
            assertThat(repViewAll.get("totalSize").asInt()).isZero();
            assertThat(query(http, token, "SELECT COUNT() FROM Task").get("totalSize").asInt()).isEqualTo(36);
            assertThat(query(http, secondRep, "SELECT COUNT() FROM Task").get("totalSize").asInt()).isZero();
        }
    }

    private static JsonNode query(HttpCalls http, String token, String soql) throws Exception {
        HttpResponse<String> response = http.get("/services/data/v66.0/query?q=" + URLEncoder.encode(soql, StandardCharsets.UTF_8), token);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.MAPPER.readTree(response.body());
    }
}
