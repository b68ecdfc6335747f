package com.tasksync.emulator.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.emulator.admin.UserToCreate;
import com.tasksync.emulator.admin.UserChange;
import com.tasksync.emulator.http.Json;
import com.tasksync.emulator.org.Permission;
import com.tasksync.emulator.org.Role;
import com.tasksync.emulator.org.User;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Task sharing over real HTTP: a rep reaches their own tasks, a manager also those of the users
 * below in the role hierarchy, View All Data reads every task and Modify All Data changes it; every
 * read and write path of the data API applies the same rule.
 */
class SharingTest {

    private DataApi api;
    private User ann;
    private User bob;
    private String annTask;
    private String bobTask;

    @BeforeEach
    void start() {
        api = DataApi.start();
        ann = user("ann", UserChange.none());
        bob = user("bob", UserChange.none());
        annTask = OrgData.of(api.org).insert("Task", Json.object().put("Subject", "Ann's call").put("TaskSync_Id__c", "ext-ann"),
                ann.id());
        bobTask = OrgData.of(api.org).insert("Task", Json.object().put("Subject", "Bob's call").put("TaskSync_Id__c", "ext-bob"),
                bob.id());
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private User user(String name, UserChange change) {
        return api.emulator.admin().createUser(api.org.id(), UserToCreate.of(name + System.nanoTime() + "@acme.example", "pw"), change);
    }

    private String[] as(User user) {
        return new String[] {"Authorization", "Bearer " + api.emulator.admin().openSession(user.username()).accessToken()};
    }

    private List<String> queryIds(String resource, String soql, String[] auth) {
        DataApi.Reply reply = api.get("/" + resource + "?q=" + URLEncoder.encode(soql, StandardCharsets.UTF_8), auth);
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        reply.json().get("records").forEach(r -> ids.add(r.get("Id").asString()));
        return ids;
    }

    private int count(String soql, String[] auth) {
        DataApi.Reply reply = api.get("/query?q=" + URLEncoder.encode(soql, StandardCharsets.UTF_8), auth);
        return reply.json().get("totalSize").asInt();
    }

    @Test
    void theQueryLogShowsWhatEachSessionWasGiven() {
        queryIds("query", "SELECT Id FROM Task", as(ann));
        queryIds("queryAll", "SELECT Id, Subject FROM Task WHERE Subject LIKE '%call'", as(bob));
        count("SELECT COUNT() FROM Task", as(ann));

        List<ApiQueryLog.Entry> anns = ApiQueryLog.of(api.org).of(ann.id());
        assertThat(anns).extracting(ApiQueryLog.Entry::soql).containsExactly("SELECT Id FROM Task", "SELECT COUNT() FROM Task");
        assertThat(anns.get(0).recordIds()).containsExactly(annTask);
        assertThat(anns.get(1).recordIds()).as("a count returns no record").isEmpty();
        List<ApiQueryLog.Entry> bobs = ApiQueryLog.of(api.org).of(bob.id());
        assertThat(bobs).singleElement().satisfies(entry -> {
            assertThat(entry.all()).isTrue();
            assertThat(entry.recordIds()).containsExactly(bobTask);
        });
    }

    @Test
    void aRepQueriesAndCountsOnlyTheTasksTheyOwn() {
        assertThat(queryIds("query", "SELECT Id FROM Task", as(ann))).containsExactly(annTask);
        assertThat(count("SELECT COUNT() FROM Task", as(ann))).isEqualTo(1);
        assertThat(count("SELECT COUNT() FROM Task WHERE OwnerId = '" + bob.id() + "'", as(ann))).isZero();
    }

    @Test
    void aManagerReachesTheTasksOfUsersBelowButNotOfPeersOrAbove() {
        Role director = api.emulator.admin().createRole(api.org.id(), "Director", null);
        Role manager = api.emulator.admin().createRole(api.org.id(), "Sales Manager", director.id());
        Role rep = api.emulator.admin().createRole(api.org.id(), "Sales Rep", manager.id());
        User mia = user("mia", UserChange.none().role(manager.id()));
        api.emulator.admin().updateUser(api.org.id(), ann.id(), UserChange.none().role(rep.id()));
        api.emulator.admin().updateUser(api.org.id(), bob.id(), UserChange.none().role(director.id()));

        assertThat(queryIds("query", "SELECT Id FROM Task", as(mia))).containsExactly(annTask);
        assertThat(api.patch("/sobjects/Task/" + annTask, Json.object().put("Subject", "Reviewed"), as(mia)).status()).isEqualTo(204);
        assertThat(queryIds("query", "SELECT Id FROM Task ORDER BY Subject", as(bob))).containsExactlyInAnyOrder(annTask, bobTask);
        assertThat(queryIds("query", "SELECT Id FROM Task", as(ann))).containsExactly(annTask);
    }

    @Test
    void viewAllDataReadsEveryTaskButChangesOnlyItsOwn() {
        User reader = user("reader", UserChange.none().permit(Permission.VIEW_ALL_DATA, true));

        assertThat(queryIds("query", "SELECT Id FROM Task", as(reader))).containsExactlyInAnyOrder(annTask, bobTask);
        assertThat(api.get("/sobjects/Task/" + bobTask, as(reader)).status()).isEqualTo(200);
        DataApi.Reply update = api.patch("/sobjects/Task/" + bobTask, Json.object().put("Subject", "No"), as(reader));
        assertThat(update.status()).isEqualTo(400);
        assertThat(update.errorCode()).isEqualTo("INSUFFICIENT_ACCESS_OR_READONLY");
    }

    @Test
    void modifyAllDataChangesAndDeletesEveryTask() {
        User admin = user("admin", UserChange.none().permit(Permission.VIEW_ALL_DATA, true).permit(Permission.MODIFY_ALL_DATA, true));

        assertThat(api.patch("/sobjects/Task/" + bobTask, Json.object().put("Subject", "Fixed"), as(admin)).status()).isEqualTo(204);
        assertThat(api.send("DELETE", api.path("/sobjects/Task/" + annTask), null, as(admin)).status()).isEqualTo(204);
    }

    @Test
    void retrievingAnotherRepsTaskIsNotFoundAndACollectionAnswersNullForIt() {
        DataApi.Reply single = api.get("/sobjects/Task/" + bobTask, as(ann));
        assertThat(single.status()).isEqualTo(404);
        assertThat(single.errorCode()).isEqualTo("NOT_FOUND");
        assertThat(api.get("/sobjects/Task/TaskSync_Id__c/ext-bob", as(ann)).status()).isEqualTo(404);

        ObjectNode body = Json.object();
        body.putArray("ids").add(annTask).add(bobTask);
        body.putArray("fields").add("Id").add("Subject");
        JsonNode records = api.post("/composite/sobjects/Task", body, as(ann)).json();
        assertThat(records.get(0).get("Id").asString()).isEqualTo(annTask);
        assertThat(records.get(1).isNull()).isTrue();
    }

    @Test
    void changingOrDeletingAnotherRepsTaskIsInsufficientAccessSingleOrInACollection() {
        DataApi.Reply update = api.patch("/sobjects/Task/" + bobTask, Json.object().put("Subject", "Mine now"), as(ann));
        DataApi.Reply delete = api.send("DELETE", api.path("/sobjects/Task/" + bobTask), null, as(ann));
        assertThat(update.status()).isEqualTo(400);
        assertThat(update.errorCode()).isEqualTo("INSUFFICIENT_ACCESS_OR_READONLY");
        assertThat(delete.status()).isEqualTo(400);
        assertThat(delete.errorCode()).isEqualTo("INSUFFICIENT_ACCESS_OR_READONLY");

        ObjectNode records = Json.object();
        records.putArray("records").addObject().put("id", bobTask).put("Subject", "x").putObject("attributes").put("type", "Task");
        JsonNode updated = api.patch("/composite/sobjects", records, as(ann)).json();
        JsonNode deleted = api.send("DELETE", api.path("/composite/sobjects?ids=" + annTask + "," + bobTask), null, as(ann)).json();
        assertThat(updated.get(0).get("errors").get(0).get("statusCode").asString()).isEqualTo("INSUFFICIENT_ACCESS_OR_READONLY");
        assertThat(deleted.get(0).get("success").asBoolean()).isTrue();
        assertThat(deleted.get(1).get("errors").get(0).get("statusCode").asString()).isEqualTo("INSUFFICIENT_ACCESS_OR_READONLY");
        assertThat(OrgData.of(api.org).record(bobTask).get("IsDeleted")).isEqualTo(false);
    }

    @Test
    void upsertByAnExternalIdThatAnotherRepsTaskHoldsIsInsufficientAccess() {
        DataApi.Reply single = api.patch("/sobjects/Task/TaskSync_Id__c/ext-bob", Json.object().put("Subject", "Taken"), as(ann));
        assertThat(single.status()).isEqualTo(400);
        assertThat(single.errorCode()).isEqualTo("INSUFFICIENT_ACCESS_OR_READONLY");

        ObjectNode records = Json.object();
        records.putArray("records").addObject().put("TaskSync_Id__c", "ext-bob").put("Subject", "Taken").putObject("attributes")
                .put("type", "Task");
        JsonNode results = api.patch("/composite/sobjects/Task/TaskSync_Id__c", records, as(ann)).json();
        assertThat(results.get(0).get("errors").get(0).get("statusCode").asString()).isEqualTo("INSUFFICIENT_ACCESS_OR_READONLY");
        assertThat(OrgData.of(api.org).record(bobTask).get("Subject")).isEqualTo("Bob's call");
    }

    @Test
    void aRepMayAssignANewTaskToAnotherUserAndThenNoLongerSeesIt() {
        DataApi.Reply created = api.post("/sobjects/Task", Json.object().put("Subject", "For Bob").put("OwnerId", bob.id()), as(ann));

        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(OrgData.of(api.org).record(id).get("OwnerId")).isEqualTo(bob.id());
        assertThat(api.get("/sobjects/Task/" + id, as(ann)).status()).isEqualTo(404);
        assertThat(queryIds("query", "SELECT Id FROM Task", as(bob))).contains(id);
    }

    @Test
    void queryAllAndGetDeletedShowOnlyTheRepsOwnDeletions() {
        Instant start = api.emulator.clock().now().truncatedTo(ChronoUnit.MINUTES);
        api.send("DELETE", api.path("/sobjects/Task/" + annTask), null, as(ann));
        api.send("DELETE", api.path("/sobjects/Task/" + bobTask), null, as(bob));
        api.emulator.clock().advance(Duration.ofMinutes(3));
        String window = "?start=" + start + "&end=" + start.plus(Duration.ofMinutes(3));

        assertThat(queryIds("queryAll", "SELECT Id FROM Task WHERE IsDeleted = true", as(ann))).containsExactly(annTask);
        JsonNode deleted = api.get("/sobjects/Task/deleted" + window, as(ann)).json().get("deletedRecords");
        assertThat(deleted).hasSize(1);
        assertThat(deleted.get(0).get("id").asString()).isEqualTo(annTask);
    }

    @Test
    void getUpdatedListsOnlyTheTasksTheRepSees() {
        Instant start = api.emulator.clock().now().truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofMinutes(1));
        api.emulator.clock().advance(Duration.ofMinutes(2));
        String window = "?start=" + start + "&end=" + start.plus(Duration.ofMinutes(3));

        JsonNode ids = api.get("/sobjects/Task/updated" + window, as(ann)).json().get("ids");
        assertThat(ids).hasSize(1);
        assertThat(ids.get(0).asString()).isEqualTo(annTask);
    }

    @Test
    void compositeSubrequestsSeeOnlyWhatTheSessionUserSees() {
        ObjectNode body = Json.object();
        var requests = body.putArray("compositeRequest");
        requests.addObject().put("method", "GET").put("url", api.path("/sobjects/Task/" + annTask)).put("referenceId", "mine");
        requests.addObject().put("method", "GET").put("url", api.path("/sobjects/Task/" + bobTask)).put("referenceId", "theirs");
        requests.addObject().put("method", "GET").put("url", api.path("/query?q=SELECT+Id+FROM+Task")).put("referenceId", "all");

        JsonNode results = api.post("/composite", body, as(ann)).json().get("compositeResponse");

        assertThat(results.get(0).get("httpStatusCode").asInt()).isEqualTo(200);
        assertThat(results.get(1).get("httpStatusCode").asInt()).isEqualTo(404);
        assertThat(results.get(2).get("body").get("totalSize").asInt()).isEqualTo(1);
    }
}
