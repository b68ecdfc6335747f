package com.tasksync.emulator.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.emulator.Emulator;
import com.tasksync.emulator.support.HttpCalls;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The admin API for users' permissions, roles and security tokens, over HTTP. */
class UserAccessAdminTest {

    private static Emulator emulator;
    private static HttpCalls http;
    private String orgId;

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
    void org() throws Exception {
        orgId = call("POST", "/__admin/orgs", Map.of("name", "Access"), 201).get("id").asString();
    }

    private JsonNode call(String method, String path, Object body, int expectedStatus) throws Exception {
        HttpResponse<String> response = http.json(method, path, body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(expectedStatus);
        return HttpCalls.body(response);
    }

    private String errorField(String method, String path, Object body) throws Exception {
        JsonNode error = call(method, path, body, 400).get(0);
        assertThat(error.get("errorCode").asString()).isEqualTo("INVALID_ADMIN_REQUEST");
        return error.get("fields").get(0).asString();
    }

    private JsonNode newUser(String name, Map<String, Object> extra) throws Exception {
        Map<String, Object> body = new HashMap<>(Map.of("username", name + System.nanoTime() + "@access.example", "password", "pw-1"));
        body.putAll(extra);
        return call("POST", "/__admin/orgs/" + orgId + "/users", body, 201);
    }

    @Test
    void aNewUserIsAStandardApiEnabledUserWithASecurityToken() throws Exception {
        JsonNode user = newUser("std", Map.of());

        assertThat(user.get("permissions").get("ApiEnabled").asBoolean()).isTrue();
        assertThat(user.get("permissions").get("ViewAllData").asBoolean()).isFalse();
        assertThat(user.get("permissions").get("ModifyAllData").asBoolean()).isFalse();
        assertThat(user.get("roleId").isNull()).isTrue();
        assertThat(user.get("securityToken").asString()).matches("[A-Za-z0-9]{24}");
    }

    @Test
    void createsAUserWithPermissionsAndChangesThemByAPatch() throws Exception {
        JsonNode user = newUser("vad", Map.of("permissions", Map.of("ViewAllData", true), "securityToken", "Tok3n"));
        assertThat(user.get("permissions").get("ViewAllData").asBoolean()).isTrue();
        assertThat(user.get("securityToken").asString()).isEqualTo("Tok3n");
        String path = "/__admin/orgs/" + orgId + "/users/" + user.get("id").asString();

        JsonNode patched = call("PATCH", path, Map.of("permissions", Map.of("ModifyAllData", true, "ApiEnabled", false)), 200);

        assertThat(patched.get("permissions").get("ViewAllData").asBoolean()).isTrue();
        assertThat(patched.get("permissions").get("ModifyAllData").asBoolean()).isTrue();
        assertThat(patched.get("permissions").get("ApiEnabled").asBoolean()).isFalse();
        assertThat(call("GET", path, null, 200).get("permissions")).isEqualTo(patched.get("permissions"));
    }

    @Test
    void buildsARoleHierarchyAndPutsUsersInIt() throws Exception {
        JsonNode manager = call("POST", "/__admin/orgs/" + orgId + "/roles", Map.of("name", "Sales Manager"), 201);
        JsonNode rep = call("POST", "/__admin/orgs/" + orgId + "/roles", Map.of("name", "Sales Rep", "parentRoleId",
                manager.get("id").asString()), 201);
        JsonNode user = newUser("rep", Map.of("roleId", rep.get("id").asString()));

        assertThat(rep.get("parentRoleId").asString()).isEqualTo(manager.get("id").asString());
        assertThat(rep.get("developerName").asString()).isEqualTo("Sales_Rep");
        assertThat(user.get("roleId").asString()).isEqualTo(rep.get("id").asString());
        assertThat(call("GET", "/__admin/orgs/" + orgId + "/roles", null, 200)).hasSize(2);
        Map<String, Object> noRole = new HashMap<>();
        noRole.put("roleId", null);
        assertThat(call("PATCH", "/__admin/orgs/" + orgId + "/users/" + user.get("id").asString(), noRole, 200).get("roleId")
                .isNull()).isTrue();
    }

    @Test
    void resetsTheSecurityTokenToAFreshOneOrAGivenOne() throws Exception {
        JsonNode user = newUser("tok", Map.of());
        String path = "/__admin/orgs/" + orgId + "/users/" + user.get("id").asString() + "/security-token";

        String fresh = call("POST", path, Map.of(), 200).get("securityToken").asString();
        String given = call("POST", path, Map.of("securityToken", "Given123"), 200).get("securityToken").asString();

        assertThat(fresh).isNotEqualTo(user.get("securityToken").asString()).matches("[A-Za-z0-9]{24}");
        assertThat(given).isEqualTo("Given123");
    }

    @Test
    void refusesBadAccessInputNamingTheField() throws Exception {
        String users = "/__admin/orgs/" + orgId + "/users";
        String userPath = users + "/" + newUser("bad", Map.of()).get("id").asString();

        assertThat(errorField("PATCH", userPath, Map.of("permissions", Map.of("FlyPlanes", true)))).isEqualTo("permissions.FlyPlanes");
        assertThat(errorField("PATCH", userPath, Map.of("permissions", Map.of("ViewAllData", "yes")))).isEqualTo("permissions.ViewAllData");
        assertThat(errorField("PATCH", userPath, Map.of("permissions", "all"))).isEqualTo("permissions");
        assertThat(errorField("PATCH", userPath, Map.of("permissions", Map.of("ModifyAllData", true))))
                .isEqualTo("permissions.ModifyAllData");
        assertThat(errorField("PATCH", userPath, Map.of("roleId", "00E000000000000AAA"))).isEqualTo("roleId");
        assertThat(errorField("POST", users, Map.of("username", "x@access.example", "password", "p", "roleId", "00E000000000000AAA")))
                .isEqualTo("roleId");
        assertThat(errorField("POST", "/__admin/orgs/" + orgId + "/roles", Map.of("name", "R", "parentRoleId", "00E000000000000AAA")))
                .isEqualTo("parentRoleId");
        assertThat(errorField("POST", userPath + "/security-token", Map.of("securityToken", "not ok!"))).isEqualTo("securityToken");
        assertThat(http.json("PATCH", users + "/005000000000000AAA", Map.of()).statusCode()).isEqualTo(404);
    }
}
