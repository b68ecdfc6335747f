package com.tasksync.enable;

import static com.tasksync.support.SalesforceRep.task;
import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.salesforce.client.record.SObject;
import com.tasksync.support.SalesforceOrg;
import com.tasksync.support.SalesforceRep;
import com.tasksync.support.SyncTestBase;
import com.tasksync.support.TestUser;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReEnableTest extends SyncTestBase {

    private TestUser user;
    private SalesforceRep rep;

    @BeforeEach
    void syncedOnce() {
        rep = SalesforceOrg.create().newRep();
        user = newUser();
        connect(user, rep);
    }

    @Test
    void deletesTasksDeletedInSalesforceWithinTheLastFifteenDaysButNotEarlier() {
        var older = rep.create(task("deleted sixteen days ago"));
        var recent = rep.create(task("deleted fourteen days ago"));
        enable(user);
        switchSync(user, false);

        rep.delete(older);
        EmulatorClockMove.forward(Duration.ofDays(2));
        rep.delete(recent);
        EmulatorClockMove.forward(Duration.ofDays(14));
        enable(user);

        assertThat(syncStatus(user).get("state").stringValue()).isEqualTo("syncing");
        assertThat(subjects(user)).containsExactly("deleted sixteen days ago");
        assertThat(tasks(user, "trash")).extracting(task -> task.get("subject").stringValue())
                .containsExactly("deleted fourteen days ago");
    }

    @Test
    void catchesUpSalesforceChangesMadeWhileOffFromTheLastSyncPoint() {
        var linked = rep.create(task("linked"));
        enable(user);
        switchSync(user, false);

        rep.update(linked, SObject.of("Task").with("Subject", "linked, edited while off"));
        rep.create(task("created while off"));
        EmulatorClockMove.forward(Duration.ofDays(3));
        enable(user);

        assertThat(subjects(user)).containsExactly("created while off", "linked, edited while off");
    }

    @Test
    void fallsBackToTheTwentyFourHourRuleBeyondTheReplicationWindow() {
        enable(user);
        switchSync(user, false);

        rep.create(task("created 31 days ago"));
        EmulatorClockMove.forward(Duration.ofDays(31));
        rep.create(task("created today"));
        enable(user);

        assertThat(subjects(user)).containsExactly("created today");
    }

    @Test
    void sendsTaskSyncChangesMadeWhileOffToLinkedTasks() {
        var linked = rep.create(task("linked"));
        enable(user);
        switchSync(user, false);

        api(user).patch("/api/tasks/" + tasks(user, "all").get(0).get("id").stringValue(),
                Map.of("subject", "edited while off"));
        syncUntilQuiet();
        assertThat(rep.find(linked).orElseThrow().string("Subject")).isEqualTo("linked");

        enable(user);
        relay();
        assertThat(rep.find(linked).orElseThrow().string("Subject")).isEqualTo("edited while off");
    }

    @Test
    void keepsTasksCreatedWhileOffLocal() {
        enable(user);
        switchSync(user, false);
        var local = api(user).post("/api/tasks", Map.of("subject", "created while off")).json();

        enable(user);
        syncUntilQuiet();

        assertThat(rep.tasks()).isEmpty();
        assertThat(api(user).get("/api/tasks/" + local.get("id").stringValue()).json().get("syncState").stringValue())
                .isEqualTo("local");
    }

    @Test
    void sendsATaskCreatedWhileOnEvenWhenSyncWasSwitchedOffBeforeItWentOut() {
        enable(user);
        api(user).post("/api/tasks", Map.of("subject", "created while on"));
        switchSync(user, false);
        relay();
        assertThat(rep.tasks()).isEmpty();

        enable(user);
        relay();

        assertThat(rep.tasks()).extracting(record -> record.string("Subject")).containsExactly("created while on");
    }

    @Test
    void switchingOffStopsBothDirectionsAndKeepsEverything() {
        rep.create(task("linked"));
        enable(user);
        switchSync(user, false);
        var before = apiCalls.totals();

        rep.create(task("made in Salesforce while off"));
        api(user).post("/api/tasks", Map.of("subject", "made in TaskSync while off"));
        syncUntilQuiet();

        assertThat(apiCalls.totals().minus(before).all()).isZero();
        assertThat(subjects(user)).containsExactly("linked", "made in TaskSync while off");
        assertThat(rep.tasks()).extracting(record -> record.string("Subject"))
                .containsExactly("linked", "made in Salesforce while off");
        assertThat(syncStatus(user).get("state").stringValue()).isEqualTo("off");
    }
}
