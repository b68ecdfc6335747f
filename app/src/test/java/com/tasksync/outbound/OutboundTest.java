package com.tasksync.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.emulator.admin.FaultSpec;
import com.tasksync.support.EngineEmulator;
import com.tasksync.support.SalesforceRep;
import com.tasksync.support.SyncTestBase;
import com.tasksync.support.TestUser;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class OutboundTest extends SyncTestBase {

    private TestUser user;
    private SalesforceRep rep;

    @BeforeEach
    void syncing() {
        var syncing = startSyncing();
        rep = syncing.rep();
        user = syncing.user();
    }

    @Test
    void sendsATaskCreatedAfterTheEnableWithItsIdAsExternalId() {
        var task = create("Call Jane");

        relay();

        assertThat(rep.tasks()).singleElement().satisfies(record -> {
            assertThat(record.string("Subject")).isEqualTo("Call Jane");
            assertThat(record.string("TaskSync_Id__c")).isEqualTo(task.get("id").stringValue());
        });
        var stored = get(task);
        assertThat(stored.get("syncState").stringValue()).isEqualTo("synced");
        assertThat(stored.get("salesforceId").stringValue()).isEqualTo(rep.tasks().get(0).id());
        assertThat(syncLog(user)).singleElement().satisfies(entry -> {
            assertThat(entry.get("direction").stringValue()).isEqualTo("toSalesforce");
            assertThat(entry.get("action").stringValue()).isEqualTo("create");
            assertThat(entry.get("salesforceId").stringValue()).isEqualTo(rep.tasks().get(0).id());
        });
    }

    @Test
    void sendsEditsCompletionsReopeningsAndDeletes() {
        var task = create("Call Jane");
        relay();
        var id = rep.tasks().get(0).id();

        api(user).patch(path(task), Map.of("subject", "Call Jane today", "priority", "high"));
        relay();
        assertThat(rep.find(id).orElseThrow().string("Subject")).isEqualTo("Call Jane today");
        assertThat(rep.find(id).orElseThrow().string("Priority")).isEqualTo("High");

        api(user).post(path(task) + "/complete", null);
        relay();
        assertThat(rep.find(id).orElseThrow().bool("IsClosed")).isTrue();

        api(user).post(path(task) + "/reopen", null);
        relay();
        assertThat(rep.find(id).orElseThrow().bool("IsClosed")).isFalse();
        assertThat(rep.find(id).orElseThrow().string("Status")).isEqualTo("Not Started");

        api(user).delete(path(task));
        relay();
        assertThat(rep.find(id).orElseThrow().bool("IsDeleted")).isTrue();
        assertThat(syncLog(user)).extracting(entry -> entry.get("action").stringValue())
                .contains("create", "update", "complete", "reopen", "delete");
    }

    @Test
    void foldsSeveralChangesOfOneTaskIntoOneWrite() {
        var task = create("v1");
        api(user).patch(path(task), Map.of("subject", "v2"));
        api(user).patch(path(task), Map.of("subject", "v3"));
        var before = apiCalls.totals();

        relay();

        assertThat(apiCalls.totals().minus(before).writes()).isEqualTo(1);
        assertThat(rep.tasks()).extracting(record -> record.string("Subject")).containsExactly("v3");
    }

    @Test
    void aTaskDeletedBeforeItWentOutAndThenRestoredIsSentAfterAll() {
        var id = api(user).post("/api/tasks", Map.of("subject", "Update pipeline notes")).json().get("id").stringValue();
        api(user).delete("/api/tasks/" + id);
        relay();
        assertThat(rep.tasks()).as("nothing to send for a task deleted before it went out").isEmpty();

        api(user).post("/api/tasks/" + id + "/restore", null);
        relay();

        assertThat(rep.tasks()).extracting(record -> record.string("Subject")).containsExactly("Update pipeline notes");
        var task = api(user).get("/api/tasks/" + id).json();
        assertThat(task.get("syncState").stringValue()).isEqualTo("synced");
        assertThat(task.get("salesforceId").stringValue()).isEqualTo(rep.tasks().get(0).id());
    }

    @Test
    void sendsUpToTwoHundredRecordsPerCollectionCall() {
        for (int i = 0; i < 450; i++) {
            create("task " + i);
        }
        var before = apiCalls.totals();

        relay();

        assertThat(apiCalls.totals().minus(before).writes()).isEqualTo(3);
        assertThat(rep.tasks()).hasSize(450);
    }

    @Test
    void makesNoWritesWhenNothingChanges() {
        create("Call Jane");
        syncUntilQuiet();
        var before = apiCalls.totals();

        syncUntilQuiet();

        assertThat(apiCalls.totals().minus(before).writes()).isZero();
        assertThat(relay.pending()).isZero();
    }

    @Test
    void retriesAServerErrorWithBackoffAndThenSends() {
        EngineEmulator.emulator().faults().add(FaultSpec.status("*", "/services/data/*/composite/sobjects/**", 503,
                "SERVER_UNAVAILABLE", "try later").times(3));
        var task = create("Call Jane");

        // one pass only: the retry is due after a random 0–5 s, which a second pass may find
        relay.relayOnce();
        assertThat(get(task).get("syncState").stringValue()).isEqualTo("pending");
        assertThat(jdbc.sql("select attempts from outbox_entry").query(Integer.class).single()).isEqualTo(1);

        makeRetriesDue();
        relay();
        assertThat(get(task).get("syncState").stringValue()).isEqualTo("synced");
        assertThat(rep.tasks()).hasSize(1);
    }

    @Test
    void marksARejectedTaskAsErrorWithSalesforcesMessageWithoutHoldingOthersBack() {
        var bad = create(Map.of("subject", "bad who", "who", "003000000000001AAA"));
        var good = create("good");

        relay();

        var stored = get(bad);
        assertThat(stored.get("syncState").stringValue()).isEqualTo("error");
        assertThat(stored.get("syncError").stringValue()).isNotBlank();
        assertThat(get(good).get("syncState").stringValue()).isEqualTo("synced");
        assertThat(syncLog(user)).anySatisfy(entry -> {
            assertThat(entry.get("action").stringValue()).isEqualTo("error");
            assertThat(entry.get("message").stringValue()).isEqualTo(stored.get("syncError").stringValue());
        });
        assertThat(rep.tasks()).extracting(record -> record.string("Subject")).containsExactly("good");
    }

    private JsonNode create(String subject) {
        return create(Map.of("subject", subject));
    }

    private JsonNode create(Map<String, Object> body) {
        return api(user).post("/api/tasks", body).json();
    }

    private JsonNode get(JsonNode task) {
        return api(user).get(path(task)).json();
    }

    private static String path(JsonNode task) {
        return "/api/tasks/" + task.get("id").stringValue();
    }
}
