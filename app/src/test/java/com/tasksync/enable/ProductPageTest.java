package com.tasksync.enable;

import static com.tasksync.support.SalesforceRep.task;
import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.salesforce.client.record.SObject;
import com.tasksync.support.SalesforceOrg;
import com.tasksync.support.SalesforceRep;
import com.tasksync.support.SyncTestBase;
import com.tasksync.support.TestUser;
import com.tasksync.support.WebSession;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The product page that TaskSync's sync comes from ("Syncing tasks with Salesforce for the first
 * time", {@code shared/seeds/}), one test per sentence, in the page's order. Each display name
 * is the sentence; the narrower boundary tests live beside the code they check.
 */
class ProductPageTest extends SyncTestBase {

    private SalesforceRep rep;
    private TestUser user;

    @BeforeEach
    void aConnectedRep() {
        rep = SalesforceOrg.create().newRep();
        user = newUser(ZoneId.of("UTC"), false);
        connect(user, rep);
    }

    @Test
    @DisplayName("When you turn sync on for the first time, we import your Salesforce tasks.")
    void importsSalesforceTasksOnTheFirstEnable() {
        rep.create(task("in Salesforce already"));

        enable(user);

        assertThat(subjects(user)).containsExactly("in Salesforce already");
        assertThat(tasks(user, "all").get(0).get("syncState").stringValue()).isEqualTo("synced");
    }

    @Test
    @DisplayName("We will not push all the tasks open in TaskSync to Salesforce.")
    void doesNotPushTheTasksThatWereOpenBeforeTheEnable() {
        api(user).post("/api/tasks", Map.of("subject", "open before the enable"));

        enable(user);
        syncUntilQuiet();

        assertThat(rep.tasks()).isEmpty();
    }

    @Test
    @DisplayName("To cut clutter and duplicates, only tasks created after the enable go from TaskSync to Salesforce.")
    void sendsOnlyTasksCreatedAfterTheEnable() {
        api(user).post("/api/tasks", Map.of("subject", "before"));
        enable(user);
        api(user).post("/api/tasks", Map.of("subject", "after"));

        syncUntilQuiet();

        assertThat(rep.tasks()).extracting(t -> t.string("Subject")).containsExactly("after");
    }

    @Test
    @DisplayName("As soon as you click Save, the tasks start syncing; at first it takes a while.")
    void savingStartsTheFirstSyncInTheBackground() {
        rep.create(task("to import"));

        JsonNode answer = switchSync(user, true);

        assertThat(answer.get("enabled").booleanValue()).isTrue();
        assertThat(answer.get("state").stringValue()).isEqualTo("importing");
        assertThat(subjects(user)).isEmpty();
        firstSync();
        assertThat(syncStatus(user).get("state").stringValue()).isEqualTo("syncing");
        assertThat(subjects(user)).containsExactly("to import");
    }

    @Test
    @DisplayName("Reminders updated or created in the last 24 hours are pulled from Salesforce into TaskSync.")
    void pullsTasksCreatedOrUpdatedInTheLastDayOnly() {
        var now = SalesforceOrg.now();
        rep.createAt(task("created this morning"), now.minus(Duration.ofHours(3)), now.minus(Duration.ofHours(3)));
        rep.createAt(task("updated this morning"), now.minus(Duration.ofDays(9)), now.minus(Duration.ofHours(3)));
        rep.createAt(task("untouched for a week"), now.minus(Duration.ofDays(9)), now.minus(Duration.ofDays(7)));

        enable(user);

        assertThat(subjects(user)).containsExactly("created this morning", "updated this morning");
    }

    @Test
    @DisplayName("The sync goes by due date and all these tasks are stored; the Command Center shows only today's and tomorrow's.")
    void storesEveryImportedTaskAndShowsTodayAndTomorrow() {
        var today = LocalDate.now(ZoneId.of("UTC"));
        clock.stopAt(today.atTime(9, 0).atZone(ZoneId.of("UTC")).toInstant());
        rep.create(task("due yesterday").with("ActivityDate", today.minusDays(1)));
        rep.create(task("due today").with("ActivityDate", today));
        rep.create(task("due tomorrow").with("ActivityDate", today.plusDays(1)));
        rep.create(task("due next week").with("ActivityDate", today.plusDays(7)));

        enable(user);

        assertThat(subjects(user)).hasSize(4);
        JsonNode center = api(user).get("/api/command-center").json();
        assertThat(center.get("dueToday")).extracting(t -> t.get("subject").stringValue()).containsExactly("due today");
        assertThat(center.get("dueTomorrow")).extracting(t -> t.get("subject").stringValue()).containsExactly("due tomorrow");
    }

    @Test
    @DisplayName("If sync was on before and you delete tasks in Salesforce, what was deleted in the last 15 days leaves the Command Center.")
    void removesTasksDeletedInSalesforceWithinFifteenDaysOnReEnable() {
        var today = LocalDate.now(ZoneId.of("UTC"));
        var deleted = rep.create(task("deleted in Salesforce").with("ActivityDate", today.plusDays(16)));
        var kept = rep.create(task("still in Salesforce").with("ActivityDate", today.plusDays(16)));
        enable(user);
        switchSync(user, false);

        rep.delete(deleted);
        EmulatorClockMove.forward(Duration.ofDays(10));
        enable(user);

        assertThat(subjects(user)).containsExactly("still in Salesforce");
        assertThat(tasks(user, "trash")).extracting(t -> t.get("subject").stringValue()).containsExactly("deleted in Salesforce");
        assertThat(rep.find(kept)).isPresent();
    }

    @Test
    @DisplayName("We keep syncing tasks between TaskSync and Salesforce for as long as sync is on.")
    void keepsSyncingWhileOnAndStopsWhenOff() {
        enable(user);
        rep.create(task("while on"));
        syncUntilQuiet();
        assertThat(subjects(user)).containsExactly("while on");

        switchSync(user, false);
        rep.create(task("while off"));
        api(user).post("/api/tasks", Map.of("subject", "made while off"));
        syncUntilQuiet();

        assertThat(subjects(user)).containsExactly("made while off", "while on");
        assertThat(rep.tasks()).extracting(t -> t.string("Subject")).containsExactly("while on", "while off");
    }

    @Test
    @DisplayName("After the first sync, every task you create, edit, complete or delete in TaskSync syncs to your Salesforce task list.")
    void sendsTaskSyncCreatesEditsCompletionsAndDeletes() {
        enable(user);
        var kept = api(user).post("/api/tasks", Map.of("subject", "new")).json().get("id").stringValue();
        var removed = api(user).post("/api/tasks", Map.of("subject", "to delete")).json().get("id").stringValue();
        syncUntilQuiet();
        assertThat(rep.tasks()).hasSize(2);

        api(user).patch("/api/tasks/" + kept, Map.of("subject", "new, edited"));
        api(user).post("/api/tasks/" + kept + "/complete", Map.of());
        api(user).delete("/api/tasks/" + removed);
        syncUntilQuiet();

        assertThat(rep.tasks()).singleElement().satisfies(t -> {
            assertThat(t.string("Subject")).isEqualTo("new, edited");
            assertThat(t.bool("IsClosed")).isTrue();
        });
    }

    @Test
    @DisplayName("And anything created, edited, completed or deleted in Salesforce updates your task list in TaskSync.")
    void bringsSalesforceCreatesEditsCompletionsAndDeletes() {
        enable(user);
        var edited = rep.create(task("from Salesforce"));
        var removed = rep.create(task("deleted in Salesforce"));
        syncUntilQuiet();
        assertThat(subjects(user)).containsExactly("deleted in Salesforce", "from Salesforce");

        rep.update(edited, SObject.of("Task").with("Subject", "from Salesforce, edited").with("Status", "Completed"));
        rep.delete(removed);
        syncUntilQuiet();

        assertThat(tasks(user, "all")).singleElement().satisfies(t -> {
            assertThat(t.get("subject").stringValue()).isEqualTo("from Salesforce, edited");
            assertThat(t.get("status").stringValue()).isEqualTo("completed");
        });
    }

    @Test
    @DisplayName("To turn sync on, tick the sync box on the Settings page of the web app.")
    void theSettingsCheckboxTurnsSyncOnAndOff() {
        WebSession web = WebSession.signedIn(baseUrl(), user);

        web.post("/settings/sync", Map.of("enabled", "on"));
        assertThat(syncStatus(user).get("enabled").booleanValue()).isTrue();
        assertThat(syncStatus(user).get("state").stringValue()).isEqualTo("importing");

        web.post("/settings/sync", Map.of());
        assertThat(syncStatus(user).get("enabled").booleanValue()).isFalse();
        assertThat(syncStatus(user).get("state").stringValue()).isEqualTo("off");
    }
}
