package com.tasksync.inbound;

import static com.tasksync.support.SalesforceRep.task;
import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.salesforce.client.record.SObject;
import com.tasksync.support.EngineEmulator;
import com.tasksync.support.SalesforceRep;
import com.tasksync.support.SyncTestBase;
import com.tasksync.support.TestUser;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A conflict stays on the task until the rep has looked at it: the field, the value kept and where it
 * came from, the other value, and a way to take the other value instead, which then reaches Salesforce.
 */
class VisibleConflictsTest extends SyncTestBase {

    private SalesforceRep rep;
    private TestUser user;
    private String salesforceId;
    private String id;

    @BeforeEach
    void aTaskEditedOnBothSidesSalesforceLater() {
        var syncing = startSyncing();
        rep = syncing.rep();
        user = syncing.user();
        salesforceId = rep.create(task("agreed subject").with("Priority", "Normal"));
        poll();
        id = tasks(user, "all").get(0).get("id").stringValue();
        clock.stopAt(EngineEmulator.emulator().admin().now());
        api(user).patch("/api/tasks/" + id, Map.of("subject", "edited in TaskSync", "priority", "high"));
        EngineEmulator.emulator().clock().advance(Duration.ofMinutes(1));
        clock.stopAt(clock.instant().plus(Duration.ofMinutes(1)));
        rep.update(salesforceId, SObject.of("Task").with("Subject", "edited in Salesforce"));
        poll();
        relay();
        poll();
    }

    @Test
    void theConflictNamesTheFieldBothValuesAndTheSideKept() {
        assertThat(api(user).get("/api/tasks/" + id).json().get("subject").stringValue())
                .isEqualTo("edited in Salesforce");
        var conflicts = unseen();
        assertThat(conflicts).singleElement().satisfies(conflict -> {
            assertThat(conflict.get("taskId").stringValue()).isEqualTo(id);
            assertThat(conflict.get("field").stringValue()).isEqualTo("subject");
            assertThat(conflict.get("keptValue").stringValue()).isEqualTo("edited in Salesforce");
            assertThat(conflict.get("otherValue").stringValue()).isEqualTo("edited in TaskSync");
            assertThat(conflict.get("kept").stringValue()).isEqualTo("salesforce");
        });
        // the priority, changed on one side only, is no conflict and went to Salesforce
        assertThat(rep.find(salesforceId).orElseThrow().string("Priority")).isEqualTo("High");
    }

    @Test
    void usingTheOtherValueEditsTheTaskAndSendsItToSalesforce() {
        var conflictId = unseen().get(0).get("id").stringValue();

        var answer = api(user).post("/api/sync/conflicts/" + conflictId + "/use-other", null);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("subject").stringValue()).isEqualTo("edited in TaskSync");
        relay();
        assertThat(rep.find(salesforceId).orElseThrow().string("Subject")).isEqualTo("edited in TaskSync");
        poll();
        assertThat(api(user).get("/api/tasks/" + id).json().get("subject").stringValue()).isEqualTo("edited in TaskSync");
        assertThat(unseen()).isEmpty();
        assertThat(api(user).post("/api/sync/conflicts/" + conflictId + "/use-other", null).status()).isEqualTo(404);
    }

    @Test
    void keepingWhatWasKeptChangesNothingAndClearsTheMark() {
        var conflictId = unseen().get(0).get("id").stringValue();

        assertThat(api(user).post("/api/sync/conflicts/" + conflictId + "/keep", null).status()).isEqualTo(204);

        assertThat(unseen()).isEmpty();
        assertThat(api(user).get("/api/tasks/" + id).json().get("subject").stringValue()).isEqualTo("edited in Salesforce");
        assertThat(rep.find(salesforceId).orElseThrow().string("Subject")).isEqualTo("edited in Salesforce");
    }

    @Test
    void theOtherValueIsNotTakenOverANewerEdit() {
        var conflictId = unseen().get(0).get("id").stringValue();
        api(user).patch("/api/tasks/" + id, Map.of("subject", "newest subject"));

        var answer = api(user).post("/api/sync/conflicts/" + conflictId + "/use-other", null);

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(api(user).get("/api/tasks/" + id).json().get("subject").stringValue()).isEqualTo("newest subject");
    }

    @Test
    void anotherUsersConflictIsNotFound() {
        var conflictId = unseen().get(0).get("id").stringValue();
        var other = newUser();

        assertThat(api(other).post("/api/sync/conflicts/" + conflictId + "/use-other", null).status()).isEqualTo(404);
        assertThat(api(other).get("/api/sync/conflicts").json().get("items")).isEmpty();
        assertThat(unseen()).hasSize(1);
    }

    private java.util.List<JsonNode> unseen() {
        var items = new java.util.ArrayList<JsonNode>();
        api(user).get("/api/sync/conflicts").json().get("items").forEach(items::add);
        return items;
    }
}
