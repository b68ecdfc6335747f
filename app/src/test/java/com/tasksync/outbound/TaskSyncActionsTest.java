package com.tasksync.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.emulator.admin.FaultSpec;
import com.tasksync.salesforce.client.record.SObject;
import com.tasksync.support.EngineEmulator;
import com.tasksync.support.SalesforceRep;
import com.tasksync.support.SyncTestBase;
import com.tasksync.support.TestUser;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Retry and Unlink on one task: what a rep can do with a task sync could not send. */
class TaskSyncActionsTest extends SyncTestBase {

    private SalesforceRep rep;
    private TestUser user;

    @BeforeEach
    void syncing() {
        var syncing = startSyncing();
        rep = syncing.rep();
        user = syncing.user();
    }

    @Test
    void retrySendsATaskInErrorAgainOnceTheCauseIsGone() {
        EngineEmulator.emulator().faults().add(FaultSpec.status("PATCH", "/services/data/*/composite/sobjects/**",
                400, "INVALID_FIELD", "No such column 'Subject' on entity 'Task'").times(1));
        var id = api(user).post("/api/tasks", Map.of("subject", "Call Jane")).json().get("id").stringValue();
        relay();
        assertThat(api(user).get("/api/tasks/" + id).json().get("syncState").stringValue()).isEqualTo("error");
        relay();
        assertThat(rep.tasks()).as("a refused task waits for the rep").isEmpty();

        var retried = api(user).post("/api/tasks/" + id + "/retry", null);

        assertThat(retried.status()).isEqualTo(200);
        assertThat(retried.json().get("syncState").stringValue()).isEqualTo("pending");
        relay();
        assertThat(api(user).get("/api/tasks/" + id).json().get("syncState").stringValue()).isEqualTo("synced");
        assertThat(rep.tasks()).extracting(record -> record.string("Subject")).containsExactly("Call Jane");
        assertThat(api(user).post("/api/tasks/" + id + "/retry", null).status())
                .as("nothing waits any more").isEqualTo(409);
    }

    @Test
    void unlinkKeepsATaskInTaskSyncOnlyAndNeitherSideReachesTheOtherAfterwards() {
        var id = api(user).post("/api/tasks", Map.of("subject", "Call Jane")).json().get("id").stringValue();
        relay();
        var salesforceId = rep.tasks().get(0).id();

        var unlinked = api(user).post("/api/tasks/" + id + "/unlink", null);

        assertThat(unlinked.status()).isEqualTo(200);
        assertThat(unlinked.json().get("syncState").stringValue()).isEqualTo("local");
        assertThat(unlinked.json().get("salesforceId").isNull()).isTrue();
        api(user).patch("/api/tasks/" + id, Map.of("subject", "Call Jane today"));
        rep.update(salesforceId, SObject.of("Task").with("Subject", "Call Jane in Salesforce"));
        syncUntilQuiet();
        assertThat(subjects(user)).containsExactly("Call Jane today");
        assertThat(api(user).get("/api/tasks/" + id).json().get("syncState").stringValue()).isEqualTo("local");
        assertThat(rep.tasks()).singleElement().satisfies(record -> {
            assertThat(record.string("Subject")).isEqualTo("Call Jane in Salesforce");
            // the record still names the task in its external ID; it is not linked again through it
            assertThat(record.string("TaskSync_Id__c")).isEqualTo(id);
        });
        assertThat(syncLog(user)).anySatisfy(entry -> {
            assertThat(entry.get("action").stringValue()).isEqualTo("unlink");
            assertThat(entry.get("message").stringValue()).contains(salesforceId);
        });
        assertThat(api(user).post("/api/tasks/" + id + "/unlink", null).status()).isEqualTo(200);
    }

    @Test
    void unlinkTakesARefusedTaskOutOfTheBannersCount() {
        var id = api(user).post("/api/tasks", Map.of("subject", "bad who", "who", "003000000000001AAA")).json()
                .get("id").stringValue();
        relay();
        assertThat(syncStatus(user).get("tasksInError").intValue()).isEqualTo(1);

        api(user).post("/api/tasks/" + id + "/unlink", null);

        assertThat(syncStatus(user).get("tasksInError").intValue()).isZero();
        assertThat(syncStatus(user).get("state").stringValue()).isEqualTo("syncing");
        assertThat(relay.pending()).isZero();
    }

    @Test
    void answersOnlyForTheUsersOwnTasks() {
        var id = api(user).post("/api/tasks", Map.of("subject", "Call Jane")).json().get("id").stringValue();
        var other = newUser();

        assertThat(api(other).post("/api/tasks/" + id + "/unlink", null).status()).isEqualTo(404);
        assertThat(api(other).post("/api/tasks/" + id + "/retry", null).status()).isEqualTo(404);
        assertThat(api(user).post("/api/tasks/not-an-id/unlink", null).status()).isEqualTo(400);
    }
}
