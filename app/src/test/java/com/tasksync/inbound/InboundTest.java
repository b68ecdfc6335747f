package com.tasksync.inbound;

import static com.tasksync.support.SalesforceRep.task;
import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.salesforce.client.record.SObject;
import com.tasksync.support.SalesforceOrg;
import com.tasksync.support.SalesforceRep;
import com.tasksync.support.SyncTestBase;
import com.tasksync.support.TestUser;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class InboundTest extends SyncTestBase {

    private SalesforceOrg org;
    private TestUser user;
    private SalesforceRep rep;

    @BeforeEach
    void syncing() {
        var syncing = startSyncing();
        org = syncing.org();
        rep = syncing.rep();
        user = syncing.user();
    }

    @Test
    void bringsCreatesEditsCompletionsReopeningsAndDeletesFromSalesforce() {
        var id = rep.create(task("Call Jane").with("ActivityDate", LocalDate.of(2026, 12, 1)));
        poll();
        assertThat(only().get("subject").stringValue()).isEqualTo("Call Jane");
        assertThat(only().get("dueDate").stringValue()).isEqualTo("2026-12-01");
        assertThat(only().get("salesforceId").stringValue()).isEqualTo(id);

        rep.update(id, SObject.of("Task").with("Subject", "Call Jane today").with("Priority", "High"));
        poll();
        assertThat(only().get("subject").stringValue()).isEqualTo("Call Jane today");
        assertThat(only().get("priority").stringValue()).isEqualTo("high");

        rep.update(id, SObject.of("Task").with("Status", "Completed"));
        poll();
        assertThat(only().get("status").stringValue()).isEqualTo("completed");

        rep.update(id, SObject.of("Task").with("Status", "In Progress"));
        poll();
        assertThat(only().get("status").stringValue()).isEqualTo("open");

        rep.delete(id);
        poll();
        assertThat(tasks(user, "all")).isEmpty();
        assertThat(tasks(user, "trash")).hasSize(1);
        assertThat(syncLog(user)).extracting(entry -> entry.get("action").stringValue())
                .contains("create", "update", "complete", "reopen", "delete");
    }

    @Test
    void aSecondRepsTaskSyncsAlthoughTheFirstRepsSessionCannotSeeIt() {
        var second = newUser();
        var secondRep = org.newRep();
        connect(second, secondRep);
        enable(second);
        var hidden = secondRep.create(task("only the second rep may see this"));
        assertThat(rep.find(hidden)).as("the emulator's sharing hides it from the first rep").isEmpty();

        poll();

        assertThat(subjects(second)).containsExactly("only the second rep may see this");
        assertThat(subjects(user)).isEmpty();
    }

    @Test
    void doesNotSendBackWhatItBroughtIn() {
        rep.create(task("Call Jane"));
        poll();
        var before = apiCalls.totals();

        syncUntilQuiet();

        assertThat(apiCalls.totals().minus(before).writes()).isZero();
        assertThat(only().get("syncState").stringValue()).isEqualTo("synced");
    }

    @Test
    void recognisesItsOwnWriteWhenItComesBack() {
        api(user).post("/api/tasks", Map.of("subject", "from TaskSync"));
        relay();
        var logBefore = syncLog(user).size();
        var before = apiCalls.totals();

        poll();
        relay();

        assertThat(apiCalls.totals().minus(before).writes()).isZero();
        assertThat(syncLog(user)).hasSize(logBefore);
    }

    @Test
    void mergesFieldsChangedOnEachSide() {
        var id = rep.create(task("Call Jane"));
        poll();
        api(user).patch("/api/tasks/" + only().get("id").stringValue(), Map.of("description", "bring the quote"));
        rep.update(id, SObject.of("Task").with("Priority", "High"));

        poll();
        relay();

        assertThat(only().get("description").stringValue()).isEqualTo("bring the quote");
        assertThat(only().get("priority").stringValue()).isEqualTo("high");
        var record = rep.find(id).orElseThrow();
        assertThat(record.string("Description")).isEqualTo("bring the quote");
        assertThat(record.string("Priority")).isEqualTo("High");
    }

    @Test
    void letsTheLaterChangeWinAConflictAndLogsIt() {
        var id = rep.create(task("Call Jane"));
        poll();
        api(user).patch("/api/tasks/" + only().get("id").stringValue(), Map.of("subject", "TaskSync's subject"));
        rep.update(id, SObject.of("Task").with("Subject", "Salesforce's subject"));

        poll();
        relay();

        assertThat(only().get("subject").stringValue()).isEqualTo("Salesforce's subject");
        assertThat(rep.find(id).orElseThrow().string("Subject")).isEqualTo("Salesforce's subject");
        assertThat(syncLog(user)).anySatisfy(entry ->
                assertThat(entry.get("action").stringValue()).isEqualTo("conflict"));
    }

    @Test
    void letsASalesforceDeleteWinOverATaskSyncEditAndKeepsTheCopyInTrash() {
        var id = rep.create(task("Call Jane"));
        poll();
        var taskId = only().get("id").stringValue();
        api(user).patch("/api/tasks/" + taskId, Map.of("subject", "edited here"));
        rep.delete(id);

        poll();
        relay();

        assertThat(tasks(user, "all")).isEmpty();
        assertThat(tasks(user, "trash")).singleElement()
                .satisfies(task -> assertThat(task.get("subject").stringValue()).isEqualTo("edited here"));
        assertThat(rep.find(id).orElseThrow().bool("IsDeleted")).isTrue();
        assertThat(syncLog(user)).anySatisfy(entry ->
                assertThat(entry.get("action").stringValue()).isEqualTo("conflict"));
    }

    @Test
    void letsATaskSyncDeleteWinOverASalesforceEdit() {
        var id = rep.create(task("Call Jane"));
        poll();
        var taskId = only().get("id").stringValue();
        rep.update(id, SObject.of("Task").with("Subject", "edited there"));
        api(user).delete("/api/tasks/" + taskId);

        poll();
        relay();

        assertThat(rep.find(id).orElseThrow().bool("IsDeleted")).isTrue();
        assertThat(tasks(user, "all")).isEmpty();
    }

    private JsonNode only() {
        var all = tasks(user, "all");
        assertThat(all).hasSize(1);
        return all.get(0);
    }
}
