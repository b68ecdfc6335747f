package com.tasksync.emulator.tooling;

import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.emulator.Emulator;
import com.tasksync.emulator.admin.UserChange;
import com.tasksync.emulator.org.Permission;
import com.tasksync.emulator.org.SalesforceIds;
import com.tasksync.emulator.support.HttpCalls;
import com.tasksync.emulator.support.TestOrg;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The Tooling API's query resource over PlatformEventChannelMember, over HTTP as a client calls it. */
class ToolingQueryTest {

    private static final String ROUTE = "GET /services/data/{version}/tooling/query";

    private static Emulator emulator;
    private static HttpCalls http;
    private TestOrg org;
    private String token;

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
        emulator.admin().updateUser(org.org().id(), org.user().id(), UserChange.none().permit(Permission.VIEW_SETUP, true));
        token = emulator.admin().openSession(org.user().username()).accessToken();
    }

    private void select(String... entities) {
        emulator.changeDataCapture().updateSettings(org.org(), s -> s.withSelectedEntities(Set.of(entities)));
    }

    private HttpResponse<String> query(String soql) throws IOException {
        return query("v66.0", soql);
    }

    private HttpResponse<String> query(String version, String soql) throws IOException {
        return http.get("/services/data/" + version + "/tooling/query?q=" + HttpCalls.encode(soql), token);
    }

    private JsonNode page(String soql) throws IOException {
        HttpResponse<String> response = query(soql);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return HttpCalls.body(response);
    }

    private static List<String> values(JsonNode page, String field) {
        List<String> out = new ArrayList<>();
        page.get("records").forEach(record -> out.add(record.get(field).asString()));
        return out;
    }

    private static JsonNode error(HttpResponse<String> response) {
        return HttpCalls.body(response).get(0);
    }

    @Test
    void listsOneMemberOfTheStandardChannelPerSelectedEntity() throws IOException {
        select("Task", "Account");

        JsonNode page = page("SELECT Id, DeveloperName, EventChannel, SelectedEntity FROM PlatformEventChannelMember"
                + " ORDER BY SelectedEntity");

        assertThat(page.propertyNames()).containsExactly("size", "totalSize", "done", "queryLocator", "entityTypeName", "records");
        assertThat(page.get("size").intValue()).isEqualTo(2);
        assertThat(page.get("totalSize").intValue()).isEqualTo(2);
        assertThat(page.get("done").booleanValue()).isTrue();
        assertThat(page.get("queryLocator").isNull()).isTrue();
        assertThat(page.get("entityTypeName").asString()).isEqualTo("PlatformEventChannelMember");
        JsonNode task = page.get("records").get(1);
        assertThat(task.propertyNames()).containsExactly("attributes", "Id", "DeveloperName", "EventChannel", "SelectedEntity");
        assertThat(task.get("DeveloperName").asString()).isEqualTo("ChangeEvents_TaskChangeEvent");
        assertThat(task.get("EventChannel").asString()).isEqualTo("ChangeEvents");
        assertThat(task.get("SelectedEntity").asString()).isEqualTo("TaskChangeEvent");
        String id = task.get("Id").asString();
        assertThat(id).startsWith("0v8").hasSize(18).isEqualTo(SalesforceIds.canonical(id));
        assertThat(task.get("attributes").get("type").asString()).isEqualTo("PlatformEventChannelMember");
        assertThat(task.get("attributes").get("url").asString())
                .isEqualTo("/services/data/v66.0/tooling/sobjects/PlatformEventChannelMember/" + id);
        assertThat(values(page, "SelectedEntity")).containsExactly("AccountChangeEvent", "TaskChangeEvent");
    }

    @Test
    void aMemberKeepsItsIdWhileItsEntityStaysSelectedAndGetsANewOneWhenSelectedAgain() throws IOException {
        String soql = "SELECT Id FROM PlatformEventChannelMember WHERE SelectedEntity = 'TaskChangeEvent'";
        select("Task");
        String first = values(page(soql), "Id").get(0);

        select("Task", "Lead");
        String whileSelected = values(page(soql), "Id").get(0);
        select("Lead");
        assertThat(page(soql).get("records")).isEmpty();
        select("Lead", "Task");
        String selectedAgain = values(page(soql), "Id").get(0);

        assertThat(whileSelected).isEqualTo(first);
        assertThat(selectedAgain).isNotEqualTo(first);
    }

    @Test
    void filtersWithEqualsNotEqualsInAndOr() throws IOException {
        select("Task", "Account", "Contact", "Lead");
        String from = "SELECT SelectedEntity FROM PlatformEventChannelMember WHERE ";

        assertThat(values(page(from + "EventChannel = 'ChangeEvents' AND SelectedEntity = 'TaskChangeEvent'"), "SelectedEntity"))
                .containsExactly("TaskChangeEvent");
        assertThat(values(page(from + "SelectedEntity != 'TaskChangeEvent' ORDER BY SelectedEntity"), "SelectedEntity"))
                .containsExactly("AccountChangeEvent", "ContactChangeEvent", "LeadChangeEvent");
        assertThat(values(page(from + "SelectedEntity IN ('LeadChangeEvent', 'TaskChangeEvent', 'CaseChangeEvent')"
                + " ORDER BY SelectedEntity DESC"), "SelectedEntity")).containsExactly("TaskChangeEvent", "LeadChangeEvent");
        assertThat(values(page(from + "DeveloperName = 'ChangeEvents_LeadChangeEvent' OR (EventChannel = 'ChangeEvents'"
                + " AND SelectedEntity = 'AccountChangeEvent') ORDER BY DeveloperName"), "SelectedEntity"))
                .containsExactly("AccountChangeEvent", "LeadChangeEvent");
        assertThat(page(from + "EventChannel = 'MyChannel__chn'").get("records")).isEmpty();
    }

    @Test
    void anOrgWithNothingSelectedHasNoMembers() throws IOException {
        JsonNode page = page("SELECT Id FROM PlatformEventChannelMember");

        assertThat(page.get("size").intValue()).isZero();
        assertThat(page.get("totalSize").intValue()).isZero();
        assertThat(page.get("done").booleanValue()).isTrue();
        assertThat(page.get("records")).isEmpty();
    }

    @Test
    void countsMembersWithCountOnly() throws IOException {
        select("Task", "Contact");

        JsonNode page = page("SELECT COUNT() FROM PlatformEventChannelMember WHERE SelectedEntity = 'TaskChangeEvent'");

        assertThat(page.get("totalSize").intValue()).isEqualTo(1);
        assertThat(page.get("records")).isEmpty();
    }

    @Test
    void aUserWithoutViewSetupAndConfigurationCannotSeeTheObject() throws IOException {
        select("Task");
        emulator.admin().updateUser(org.org().id(), org.user().id(), UserChange.none().permit(Permission.VIEW_SETUP, false));

        HttpResponse<String> response = query("SELECT Id FROM PlatformEventChannelMember");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(error(response).get("errorCode").asString()).isEqualTo("INVALID_TYPE");
        assertThat(error(response).get("message").asString())
                .contains("sObject type 'PlatformEventChannelMember' is not supported.");
    }

    @Test
    void unknownObjectsAndTheDataApisObjectsAreInvalidTypes() throws IOException {
        HttpResponse<String> unknown = query("SELECT Id FROM NoSuchThing");
        HttpResponse<String> task = query("SELECT Id FROM Task");

        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(error(unknown).get("errorCode").asString()).isEqualTo("INVALID_TYPE");
        assertThat(error(unknown).get("message").asString()).contains("sObject type 'NoSuchThing' is not supported.");
        assertThat(task.statusCode()).isEqualTo(400);
        assertThat(error(task).get("errorCode").asString()).isEqualTo("INVALID_TYPE");
    }

    @Test
    void theObjectDoesNotExistBeforeApiVersion47() throws IOException {
        HttpResponse<String> old = query("v46.0", "SELECT Id FROM PlatformEventChannelMember");
        HttpResponse<String> first = query("v47.0", "SELECT Id FROM PlatformEventChannelMember");

        assertThat(error(old).get("errorCode").asString()).isEqualTo("INVALID_TYPE");
        assertThat(first.statusCode()).isEqualTo(200);
    }

    @Test
    void malformedQueriesAndUnknownFieldsFailAsOnTheDataApi() throws IOException {
        HttpResponse<String> malformed = query("SELECT Id FRM PlatformEventChannelMember");
        HttpResponse<String> unknownField = query("SELECT MasterLabel__x FROM PlatformEventChannelMember");
        HttpResponse<String> noQuery = http.get("/services/data/v66.0/tooling/query", token);

        assertThat(error(malformed).get("errorCode").asString()).isEqualTo("MALFORMED_QUERY");
        assertThat(error(unknownField).get("errorCode").asString()).isEqualTo("INVALID_FIELD");
        assertThat(noQuery.statusCode()).isEqualTo(400);
        assertThat(error(noQuery).get("errorCode").asString()).isEqualTo("MALFORMED_QUERY");
    }

    @Test
    void answersWithATrailingSlashToo() throws IOException {
        select("Task");

        HttpResponse<String> response = http.get("/services/data/v66.0/tooling/query/?q="
                + HttpCalls.encode("SELECT Id FROM PlatformEventChannelMember"), token);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(HttpCalls.body(response).get("totalSize").intValue()).isEqualTo(1);
    }

    @Test
    void countsAgainstTheOrgsApiUsageAndNeedsALiveSession() throws IOException {
        long before = org.org().apiUsage().used(emulator.clock().now());
        long routeCalls = emulator.callCounts().of(ROUTE);

        HttpResponse<String> response = query("SELECT Id FROM PlatformEventChannelMember");
        token = "00D000000000001!expired";
        HttpResponse<String> unauthenticated = query("SELECT Id FROM PlatformEventChannelMember");

        assertThat(org.org().apiUsage().used(emulator.clock().now()) - before).isEqualTo(1);
        assertThat(response.headers().firstValue("Sforce-Limit-Info")).hasValue("api-usage=" + (before + 1) + "/"
                + org.org().settings().dailyApiRequests());
        assertThat(emulator.callCounts().of(ROUTE) - routeCalls).isEqualTo(2);
        assertThat(unauthenticated.statusCode()).isEqualTo(401);
        assertThat(error(unauthenticated).get("errorCode").asString()).isEqualTo("INVALID_SESSION_ID");
    }

    @Test
    void aQueryLocatorIsNeverValidBecauseResultsNeverPage() throws IOException {
        HttpResponse<String> response = http.get("/services/data/v66.0/tooling/query/01gD0000002HU6KIAW-2000", token);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(error(response).get("errorCode").asString()).isEqualTo("INVALID_QUERY_LOCATOR");
    }
}
