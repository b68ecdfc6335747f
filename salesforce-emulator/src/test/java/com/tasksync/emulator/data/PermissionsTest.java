package com.tasksync.emulator.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.emulator.admin.UserToCreate;
import com.tasksync.emulator.admin.UserChange;
import com.tasksync.emulator.http.Json;
import com.tasksync.emulator.org.Permission;
import com.tasksync.emulator.org.User;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A user's system permissions as a client reads them through SOQL (PermissionSetAssignment,
 * PermissionSet, Profile, User, UserRecordAccess), and API Enabled as the data API enforces it.
 */
class PermissionsTest {

    private DataApi api;
    private User rep;
    private User integration;

    @BeforeEach
    void start() {
        api = DataApi.start();
        rep = api.emulator.admin().createUser(api.org.id(), UserToCreate.of("rep" + System.nanoTime() + "@acme.example", "pw"),
                UserChange.none());
        integration = api.emulator.admin().createUser(api.org.id(), UserToCreate.of("int" + System.nanoTime() + "@acme.example", "pw"),
                UserChange.none().permit(Permission.VIEW_ALL_DATA, true));
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private String[] as(User user) {
        return new String[] {"Authorization", "Bearer " + api.emulator.admin().openSession(user.username()).accessToken()};
    }

    private DataApi.Reply query(String soql, User user) {
        return api.get("/query?q=" + URLEncoder.encode(soql, StandardCharsets.UTF_8), as(user));
    }

    private JsonNode records(String soql, User user) {
        DataApi.Reply reply = query(soql, user);
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        return reply.json().get("records");
    }

    @Test
    void theUsualViewAllDataCheckFindsAnAssignmentOnlyForTheUserWhoHasIt() {
        String check = "SELECT Id FROM PermissionSetAssignment WHERE AssigneeId = '%s' AND PermissionSet.PermissionsViewAllData = true";

        assertThat(records(check.formatted(integration.id()), integration)).hasSize(1);
        assertThat(records(check.formatted(rep.id()), integration)).isEmpty();
    }

    @Test
    void everyUserHasTheAssignmentOfTheirProfilesOwnPermissionSet() {
        JsonNode rows = records("SELECT PermissionSet.Name, PermissionSet.IsOwnedByProfile, PermissionSet.PermissionsApiEnabled,"
                + " PermissionSet.PermissionsViewAllData FROM PermissionSetAssignment WHERE AssigneeId = '" + integration.id()
                + "' ORDER BY PermissionSet.IsOwnedByProfile DESC", integration);

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("PermissionSet").get("IsOwnedByProfile").asBoolean()).isTrue();
        assertThat(rows.get(0).get("PermissionSet").get("PermissionsApiEnabled").asBoolean()).isTrue();
        assertThat(rows.get(0).get("PermissionSet").get("attributes").get("type").asString()).isEqualTo("PermissionSet");
        assertThat(rows.get(1).get("PermissionSet").get("Name").asString()).isEqualTo("View_All_Data");
        assertThat(rows.get(1).get("PermissionSet").get("PermissionsViewAllData").asBoolean()).isTrue();
    }

    @Test
    void theUsersProfileShowsItsPermissionsThroughTheUserRow() {
        api.emulator.admin().updateUser(api.org.id(), rep.id(), UserChange.none().permit(Permission.VIEW_ALL_DATA, true)
                .permit(Permission.MODIFY_ALL_DATA, true).permit(Permission.VIEW_SETUP, true));

        JsonNode row = records("SELECT Id, Profile.Name, Profile.PermissionsModifyAllData, UserRole.Name FROM User WHERE Id = '"
                + rep.id() + "'", rep).get(0);

        assertThat(row.get("Profile").get("Name").asString()).isEqualTo("System Administrator");
        assertThat(row.get("Profile").get("PermissionsModifyAllData").asBoolean()).isTrue();
        assertThat(row.get("UserRole").isNull()).isTrue();
    }

    @Test
    void viewSetupAndConfigurationIsTheAdministratorsAndComesToOthersThroughItsOwnPermissionSet() {
        api.emulator.admin().updateUser(api.org.id(), rep.id(), UserChange.none().permit(Permission.VIEW_SETUP, true));
        String check = "SELECT PermissionSet.Name FROM PermissionSetAssignment WHERE AssigneeId = '%s'"
                + " AND PermissionSet.PermissionsViewSetup = true";

        assertThat(records(check.formatted(rep.id()), rep).get(0).get("PermissionSet").get("Name").asString())
                .isEqualTo("View_Setup_and_Configuration");
        assertThat(records(check.formatted(integration.id()), rep)).isEmpty();
        assertThat(records("SELECT PermissionsViewSetup FROM Profile WHERE Name = 'System Administrator'", rep).get(0)
                .get("PermissionsViewSetup").asBoolean()).isTrue();
        assertThat(records("SELECT PermissionsViewSetup FROM Profile WHERE Name = 'Standard User'", rep).get(0)
                .get("PermissionsViewSetup").asBoolean()).isFalse();
    }

    @Test
    void userRecordAccessTellsOneUsersAccessToEachRecord() {
        String repTask = OrgData.of(api.org).insert("Task", Json.object().put("Subject", "mine"), rep.id());
        String other = OrgData.of(api.org).insert("Task", Json.object().put("Subject", "theirs"), integration.id());
        String soql = "SELECT RecordId, HasReadAccess, HasEditAccess, MaxAccessLevel FROM UserRecordAccess WHERE UserId = '%s'"
                + " AND RecordId IN ('%s', '%s') ORDER BY MaxAccessLevel";

        JsonNode forRep = records(soql.formatted(rep.id(), repTask, other), rep);
        JsonNode forIntegration = records(soql.formatted(integration.id(), repTask, other), rep);

        assertThat(forRep).hasSize(2);
        assertThat(forRep.get(0).get("MaxAccessLevel").asString()).isEqualTo("All");
        assertThat(forRep.get(1).get("MaxAccessLevel").asString()).isEqualTo("None");
        assertThat(forRep.get(1).get("HasReadAccess").asBoolean()).isFalse();
        assertThat(forIntegration.get(1).get("MaxAccessLevel").asString()).isEqualTo("Read");
        assertThat(forIntegration.get(1).get("HasEditAccess").asBoolean()).isFalse();
    }

    @Test
    void userRecordAccessWithoutUserAndRecordFiltersIsMalformed() {
        DataApi.Reply reply = query("SELECT RecordId FROM UserRecordAccess WHERE UserId = '" + rep.id() + "'", rep);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.errorCode()).isEqualTo("MALFORMED_QUERY");
    }

    @Test
    void aPathTwoStepsUpIsMalformedAndAnUnknownRelationshipAnInvalidField() {
        DataApi.Reply deep = query("SELECT PermissionSet.Profile.Name FROM PermissionSetAssignment", rep);
        DataApi.Reply unknown = query("SELECT Nope.Name FROM PermissionSetAssignment", rep);

        assertThat(deep.errorCode()).isEqualTo("MALFORMED_QUERY");
        assertThat(unknown.errorCode()).isEqualTo("INVALID_FIELD");
    }

    @Test
    void aUserWithoutApiEnabledGetsApiDisabledForOrgOnEveryDataCall() {
        String[] auth = as(rep);
        api.emulator.admin().updateUser(api.org.id(), rep.id(), UserChange.none().permit(Permission.API_ENABLED, false));

        DataApi.Reply reply = api.get("/limits", auth);
        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.errorCode()).isEqualTo("API_DISABLED_FOR_ORG");
        assertThat(reply.message()).isEqualTo("The REST API is not enabled for this Organization.");
        assertThat(api.org.apiUsage().used(api.emulator.clock().now())).isZero();
        assertThat(records("SELECT Profile.Name FROM User WHERE Id = '" + rep.id() + "'", integration).get(0).get("Profile")
                .get("Name").asString()).isEqualTo("Minimum Access - Salesforce");

        api.emulator.admin().updateUser(api.org.id(), rep.id(), UserChange.none().permit(Permission.API_ENABLED, true));
        assertThat(api.get("/limits", auth).status()).isEqualTo(200);
    }
}
