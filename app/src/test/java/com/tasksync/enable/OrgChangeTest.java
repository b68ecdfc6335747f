package com.tasksync.enable;

import static com.tasksync.support.SalesforceRep.task;
import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.salesforce.client.record.SObject;
import com.tasksync.support.SalesforceOrg;
import com.tasksync.support.SalesforceRep;
import com.tasksync.support.SyncTestBase;
import com.tasksync.support.TestUser;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A rep whose tasks are linked to one org connects to another (a sandbox, a new org, an emulator started
 * afresh): sync holds until the rep says what becomes of the linked tasks, nothing is sent to the new
 * org with the old org's ids meanwhile, and each answer leaves both sides consistent.
 */
class OrgChangeTest extends SyncTestBase {

    private SalesforceOrg oldOrg;
    private SalesforceRep oldRep;
    private TestUser user;
    private String linkedId;
    private String trashedId;

    @BeforeEach
    void syncingWithTheFirstOrg() {
        var syncing = startSyncing();
        oldOrg = syncing.org();
        oldRep = syncing.rep();
        user = syncing.user();
        linkedId = api(user).post("/api/tasks", Map.of("subject", "Send the quote")).json().get("id").stringValue();
        trashedId = api(user).post("/api/tasks", Map.of("subject", "Old call")).json().get("id").stringValue();
        relay();
        api(user).delete("/api/tasks/" + trashedId);
        relay();
        assertThat(oldRep.tasks()).extracting(record -> record.string("Subject")).containsExactly("Send the quote");
    }

    @Test
    void connectingToAnotherOrgHoldsSyncAndSendsNothingThereUntilTheRepChooses() {
        var newOrg = SalesforceOrg.create();
        var newRep = newOrg.newRep();
        connect(user, newRep);

        var status = syncStatus(user);
        assertThat(status.get("state").stringValue()).isEqualTo("org_changed");
        assertThat(status.get("lastError").stringValue()).contains(newOrg.id(), oldOrg.id());
        api(user).patch("/api/tasks/" + linkedId, Map.of("subject", "Send the quote today"));
        syncUntilQuiet();

        assertThat(newRep.tasks()).isEmpty();
        assertThat(oldRep.tasks()).extracting(record -> record.string("Subject")).containsExactly("Send the quote");
        assertThat(syncStatus(user).get("state").stringValue()).isEqualTo("org_changed");
        assertThat(api(user).get("/api/tasks/" + linkedId).json().get("syncState").stringValue())
                .isNotEqualTo("error");
        // switching sync off and on keeps the question open
        switchSync(user, false);
        switchSync(user, true);
        assertThat(syncStatus(user).get("state").stringValue()).isEqualTo("org_changed");
    }

    @Test
    void keepingTheTasksLeavesThemInTaskSyncOnlyAndSyncGoesOnWithTheNewOrg() {
        var newRep = SalesforceOrg.create().newRep();
        newRep.create(task("Made in the new org today"));
        connect(user, newRep);

        var answer = api(user).post("/api/sync/org-change", Map.of("tasks", "keep"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("unlinked").intValue()).isEqualTo(2);
        assertThat(answer.json().get("toSend").intValue()).isZero();
        syncUntilQuiet();
        assertThat(syncStatus(user).get("state").stringValue()).isEqualTo("syncing");
        var kept = api(user).get("/api/tasks/" + linkedId).json();
        assertThat(kept.get("syncState").stringValue()).isEqualTo("local");
        assertThat(kept.get("salesforceId").isNull()).isTrue();
        // the new org's recent task comes in (first-enable rules); the kept task is not sent, even when edited
        assertThat(subjects(user)).contains("Made in the new org today", "Send the quote");
        api(user).patch("/api/tasks/" + linkedId, Map.of("subject", "Send the quote today"));
        syncUntilQuiet();
        assertThat(newRep.tasks()).extracting(record -> record.string("Subject"))
                .containsExactly("Made in the new org today");
        assertThat(oldRep.tasks()).extracting(record -> record.string("Subject")).containsExactly("Send the quote");
        // a new task goes to the new org
        api(user).post("/api/tasks", Map.of("subject", "New in TaskSync"));
        syncUntilQuiet();
        assertThat(newRep.tasks()).extracting(record -> record.string("Subject"))
                .containsExactlyInAnyOrder("Made in the new org today", "New in TaskSync");
        assertThat(syncLog(user)).anySatisfy(entry -> {
            assertThat(entry.get("action").stringValue()).isEqualTo("orgChange");
            assertThat(entry.get("message").stringValue()).contains("2 tasks", "TaskSync only");
        });
    }

    @Test
    void sendingTheTasksMakesTheLiveOnesInTheNewOrgAndLinksACopyItAlreadyHolds() {
        var newRep = SalesforceOrg.create().newRep();
        // a refreshed sandbox holds a copy of the record, with its external ID
        var copy = newRep.create(task("Send the quote").with("TaskSync_Id__c", linkedId));
        connect(user, newRep);

        var answer = api(user).post("/api/sync/org-change", Map.of("tasks", "send"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("toSend").intValue()).isEqualTo(1);
        api(user).patch("/api/tasks/" + linkedId, Map.of("priority", "high"));
        syncUntilQuiet();
        assertThat(syncStatus(user).get("state").stringValue()).isEqualTo("syncing");
        assertThat(newRep.tasks()).singleElement().satisfies(record -> {
            assertThat(record.id()).isEqualTo(copy);
            assertThat(record.string("Priority")).isEqualTo("High");
        });
        var sent = api(user).get("/api/tasks/" + linkedId).json();
        assertThat(sent.get("syncState").stringValue()).isEqualTo("synced");
        assertThat(sent.get("salesforceId").stringValue()).isEqualTo(copy);
        assertThat(subjects(user)).containsExactly("Send the quote");
        // and changes in the new org come back
        newRep.update(copy, SObject.of("Task").with("Subject", "Send the quote by noon"));
        syncUntilQuiet();
        assertThat(subjects(user)).containsExactly("Send the quote by noon");
    }

    @Test
    void answersAreCheckedAndOnlyTakenWhileAChoiceWaits() {
        var wrong = api(user).post("/api/sync/org-change", Map.of("tasks", "later"));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.contentType()).startsWith("application/problem+json");
        assertThat(wrong.text()).contains("tasks");
        var none = api(user).post("/api/sync/org-change", Map.of("tasks", "keep"));
        assertThat(none.status()).isEqualTo(409);
        assertThat(api(user).get("/api/tasks/" + linkedId).json().get("syncState").stringValue())
                .isEqualTo("synced");
    }

    @Test
    void reconnectingToTheSameOrgAsksNothing() {
        connect(user, oldRep);

        assertThat(syncStatus(user).get("state").stringValue()).isEqualTo("syncing");
        api(user).patch("/api/tasks/" + linkedId, Map.of("subject", "Send the quote today"));
        syncUntilQuiet();
        assertThat(oldRep.tasks()).extracting(record -> record.string("Subject"))
                .containsExactly("Send the quote today");
    }
}
