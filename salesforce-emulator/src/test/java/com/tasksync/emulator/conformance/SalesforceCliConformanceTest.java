package com.tasksync.emulator.conformance;

import com.tasksync.emulator.data.OrgData;
import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.emulator.Emulator;
import com.tasksync.emulator.admin.UserToCreate;
import com.tasksync.emulator.admin.UserChange;
import com.tasksync.emulator.http.Json;
import com.tasksync.emulator.org.Org;
import com.tasksync.emulator.org.OrgSettings;
import com.tasksync.emulator.org.Permission;
import com.tasksync.emulator.org.User;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.function.Executable;
import tools.jackson.databind.JsonNode;

/**
 * Runs the Salesforce CLI ({@code @salesforce/cli} from npm, unchanged) against the emulator over
 * real HTTP: login with an access token, org display, queries (with a relationship, COUNT(), the
 * recycle bin), record create, get, update and delete, API limits and describe, each as one
 * {@code sf} process. Two sessions show sharing as the CLI sees it: a rep's and an integration
 * user's with View All Data.
 */
class SalesforceCliConformanceTest {

    private final List<DynamicTest> checks = new ArrayList<>();

    @TestFactory
    @Timeout(value = 30, unit = TimeUnit.MINUTES)
    Stream<DynamicTest> salesforceCliWorksAgainstTheEmulatorUnchanged() throws Exception {
        NodeProject.assumeNodeAndNpm();
        NodeProject project = NodeProject.prepare("sfcli", List.of("package.json"));
        Path home = Files.createTempDirectory(project.dir(), "home-");
        SalesforceCli sf = new SalesforceCli(project, home);
        try (Emulator emulator = Emulator.builder().port(0).start()) {
            Org org = emulator.admin().createOrg("CLI", OrgSettings.defaults());
            User rep = emulator.admin().createUser(org.id(), new UserToCreate("rep@cli.example", "pw-rep-1", null, "Rita", "Rep", null));
            User other = emulator.admin().createUser(org.id(), UserToCreate.of("other@cli.example", "pw-other-1"));
            User integration = emulator.admin().createUser(org.id(), UserToCreate.of("integration@cli.example", "pw-int-1"),
                    UserChange.none().permit(Permission.VIEW_ALL_DATA, true));
            String repTask = OrgData.of(org).insert("Task", Json.object().put("Subject", "Rep's own call"), rep.id());
            String otherTask = OrgData.of(org).insert("Task", Json.object().put("Subject", "Someone else's call"), other.id());
            String base = emulator.baseUrl();
            login(sf, "rep", emulator.admin().openSession(rep.username()).accessToken(), base);
            login(sf, "integration", emulator.admin().openSession(integration.username()).accessToken(), base);
            runChecks(sf, repTask, otherTask);
        }
        return checks.stream();
    }

    private void runChecks(SalesforceCli sf, String repTask, String otherTask) throws Exception {
        check("org display reports the org as connected", () -> {
            JsonNode result = ok(sf.run(Map.of(), "org", "display", "--target-org", "rep"));
            assertThat(result.path("connectedStatus").asString()).isEqualTo("Connected");
        });
        check("data query as a rep returns the rep's own tasks with the owner's name", () -> {
            JsonNode result = ok(sf.run(Map.of(), "data", "query", "--target-org", "rep", "--query",
                    "SELECT Id, Subject, Owner.Name FROM Task ORDER BY Subject"));
            assertThat(result.path("totalSize").asInt()).isEqualTo(1);
            assertThat(result.path("records").get(0).path("Id").asString()).isEqualTo(repTask);
            assertThat(result.path("records").get(0).path("Owner").path("Name").asString()).isEqualTo("Rita Rep");
        });
        check("data query as a user with View All Data returns every task", () -> {
            JsonNode result = ok(sf.run(Map.of(), "data", "query", "--target-org", "integration", "--query",
                    "SELECT Id FROM Task"));
            assertThat(result.path("totalSize").asInt()).isEqualTo(2);
        });
        String[] created = new String[1];
        check("data create record answers the new id", () -> {
            JsonNode result = ok(sf.run(Map.of(), "data", "create", "record", "--target-org", "rep", "--sobject", "Task",
                    "--values", "Subject='Made by the CLI' Priority=High"));
            created[0] = result.path("id").asString();
            assertThat(created[0]).startsWith("00T").hasSize(18);
        });
        check("data get record reads the created task by id", () -> {
            JsonNode result = ok(sf.run(Map.of(), "data", "get", "record", "--target-org", "rep", "--sobject", "Task",
                    "--record-id", created[0]));
            assertThat(result.path("Subject").asString()).isEqualTo("Made by the CLI");
            assertThat(result.path("Priority").asString()).isEqualTo("High");
        });
        check("data update record changes the task", () -> {
            ok(sf.run(Map.of(), "data", "update", "record", "--target-org", "rep", "--sobject", "Task", "--record-id",
                    created[0], "--values", "Subject='Changed by the CLI'"));
        });
        check("data get record finds the task by a where clause", () -> {
            JsonNode result = ok(sf.run(Map.of(), "data", "get", "record", "--target-org", "rep", "--sobject", "Task",
                    "--where", "Subject='Changed by the CLI'"));
            assertThat(result.path("Id").asString()).isEqualTo(created[0]);
        });
        check("data delete record deletes the task", () -> {
            ok(sf.run(Map.of(), "data", "delete", "record", "--target-org", "rep", "--sobject", "Task", "--record-id",
                    created[0]));
        });
        check("data query with all rows finds the deleted task in the recycle bin", () -> {
            JsonNode result = ok(sf.run(Map.of(), "data", "query", "--target-org", "rep", "--all-rows", "--query",
                    "SELECT Id, IsDeleted FROM Task WHERE IsDeleted = true"));
            assertThat(result.path("records").get(0).path("Id").asString()).isEqualTo(created[0]);
        });
        check("data query counts with COUNT()", () -> {
            JsonNode result = ok(sf.run(Map.of(), "data", "query", "--target-org", "rep", "--query", "SELECT COUNT() FROM Task"));
            assertThat(result.path("totalSize").asInt()).isEqualTo(1);
        });
        check("data get record of a task the rep cannot see fails as not found", () -> {
            SalesforceCli.Outcome outcome = sf.run(Map.of(), "data", "get", "record", "--target-org", "rep", "--sobject", "Task",
                    "--record-id", otherTask);
            assertThat(outcome.exitCode()).isNotZero();
            assertThat(outcome.json().toString()).contains("NOT_FOUND");
        });
        check("limits api display lists the daily API requests", () -> {
            JsonNode result = ok(sf.run(Map.of(), "limits", "api", "display", "--target-org", "rep"));
            assertThat(result.toString()).contains("DailyApiRequests");
        });
        check("sobject describe describes Task", () -> {
            JsonNode result = ok(sf.run(Map.of(), "sobject", "describe", "--target-org", "rep", "--sobject", "Task"));
            assertThat(result.path("name").asString()).isEqualTo("Task");
            assertThat(result.path("fields").toString()).contains("\"OwnerId\"");
        });
        check("sobject list lists the standard objects", () -> {
            JsonNode result = ok(sf.run(Map.of(), "sobject", "list", "--target-org", "rep"));
            assertThat(result.toString()).contains("Task", "PermissionSetAssignment");
        });
    }

    private void login(SalesforceCli sf, String alias, String accessToken, String instanceUrl) throws Exception {
        check("org login access-token logs the " + alias + " in", () -> {
            JsonNode result = ok(sf.run(Map.of("SF_ACCESS_TOKEN", accessToken), "org", "login", "access-token",
                    "--instance-url", instanceUrl, "--no-prompt", "--alias", alias));
            assertThat(result.path("instanceUrl").asString()).startsWith(instanceUrl);
        });
    }

    private static JsonNode ok(SalesforceCli.Outcome outcome) {
        assertThat(outcome.exitCode()).as("exit code; output %s; stderr %s", outcome.json(), outcome.stderr()).isZero();
        return outcome.result();
    }

    private void check(String name, Executable body) {
        Throwable failure;
        try {
            body.execute();
            failure = null;
        } catch (Throwable t) {
            failure = t;
        }
        Throwable outcome = failure;
        checks.add(DynamicTest.dynamicTest(name, () -> {
            if (outcome != null) {
                throw outcome;
            }
        }));
    }
}
