package com.tasksync.enable;

import static com.tasksync.support.SalesforceRep.task;
import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.emulator.admin.FaultSpec;
import com.tasksync.support.EngineEmulator;
import com.tasksync.support.SalesforceOrg;
import com.tasksync.support.SalesforceRep;
import com.tasksync.support.SyncTestBase;
import com.tasksync.support.TestUser;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FirstSyncTest extends SyncTestBase {

    private TestUser user;
    private SalesforceRep rep;

    @BeforeEach
    void connected() {
        var org = SalesforceOrg.create();
        rep = org.newRep();
        user = newUser();
        connect(user, rep);
    }

    @Test
    void importsTasksCreatedOrModifiedInTheTwentyFourHoursBeforeTheFirstEnable() {
        var now = SalesforceOrg.now();
        rep.createAt(task("created yesterday afternoon"), now.minus(hours(23)), now.minus(hours(23)));
        rep.createAt(task("old but modified this morning"), now.minus(Duration.ofDays(5)), now.minus(hours(2)));
        rep.createAt(task("old and untouched"), now.minus(Duration.ofDays(5)), now.minus(Duration.ofDays(4)));

        enable(user);

        assertThat(subjects(user)).containsExactly("created yesterday afternoon", "old but modified this morning");
        assertThat(syncStatus(user).get("state").stringValue()).isEqualTo("syncing");
    }

    @Test
    void takesTheTwentyFourHourBoundaryFromTheServersClockOnBothSides() {
        var now = SalesforceOrg.now();
        rep.createAt(task("just inside"), now.minus(hours(24)).plus(Duration.ofMinutes(2)),
                now.minus(hours(24)).plus(Duration.ofMinutes(2)));
        rep.createAt(task("just outside"), now.minus(hours(24)).minus(Duration.ofMinutes(2)),
                now.minus(hours(24)).minus(Duration.ofMinutes(2)));

        enable(user);

        assertThat(subjects(user)).containsExactly("just inside");
    }

    @Test
    void leavesOlderTasksOutOfLaterPollsUntilTheyChange() {
        var now = SalesforceOrg.now();
        var old = rep.createAt(task("old"), now.minus(Duration.ofDays(3)), now.minus(Duration.ofDays(3)));
        enable(user);

        poll();
        assertThat(subjects(user)).isEmpty();

        rep.update(old, com.tasksync.salesforce.client.record.SObject.of("Task").with("Subject", "old, edited"));
        poll();
        assertThat(subjects(user)).containsExactly("old, edited");
    }

    @Test
    void recordsTheEnableTimeFromTheSalesforceServersClock() {
        EmulatorClockMove.forward(Duration.ofDays(3));
        var serverNow = SalesforceOrg.now();

        enable(user);

        var enabledAt = Instant.parse(syncStatus(user).get("enabledAt").stringValue());
        assertThat(Duration.between(serverNow, enabledAt).abs()).isLessThan(Duration.ofSeconds(10));
        assertThat(syncStatus(user).get("firstEnabledAt").stringValue()).isEqualTo(enabledAt.toString());
    }

    @Test
    void readsTheServersClockFromTheDateHeaderWhenTheConnectionHasNoRefreshToken() {
        var other = newUser();
        connect(other, rep, false);
        EmulatorClockMove.forward(Duration.ofMinutes(90));
        var serverNow = SalesforceOrg.now();

        enable(other);

        var enabledAt = Instant.parse(syncStatus(other).get("enabledAt").stringValue());
        assertThat(Duration.between(serverNow, enabledAt).abs()).isLessThan(Duration.ofSeconds(10));
        assertThat(syncStatus(other).get("state").stringValue()).isEqualTo("syncing");
    }

    @Test
    void neverSendsTasksThatWereInTaskSyncBeforeTheEnable() {
        var before = api(user).post("/api/tasks", Map.of("subject", "from before")).json();

        enable(user);
        api(user).patch("/api/tasks/" + before.get("id").stringValue(), Map.of("subject", "from before, edited"));
        syncUntilQuiet();

        assertThat(rep.tasks()).isEmpty();
        assertThat(api(user).get("/api/tasks/" + before.get("id").stringValue()).json().get("syncState").stringValue())
                .isEqualTo("local");
    }

    private static Duration hours(int n) {
        return Duration.ofHours(n);
    }

    @Test
    void aFirstSyncWaitingForItsRetryStartsAtOnceWhenTheRepActs() {
        EngineEmulator.emulator().faults().add(FaultSpec.status("*", "/services/data/**", 503, "SERVER_UNAVAILABLE",
                "Salesforce is down for maintenance"));
        switchSync(user, true);
        assertThat(firstSync()).isEqualTo(1);
        assertThat(syncStatus(user).get("state").stringValue()).isEqualTo("retrying");
        assertThat(firstSync()).as("the failed first sync waits for its retry").isZero();

        switchSync(user, false);
        switchSync(user, true);

        assertThat(firstSync()).as("turning sync on again tries at once").isEqualTo(1);
        assertThat(syncStatus(user).get("state").stringValue()).as("and shows the failure").isEqualTo("retrying");

        EngineEmulator.emulator().faults().clear();
        api(user).post("/api/sync/retry", null);

        assertThat(firstSync()).as("Try again tries at once too").isEqualTo(1);
        assertThat(syncStatus(user).get("state").stringValue()).isEqualTo("syncing");
    }

    @Test
    void aFailingFirstSyncIsRetriedAtMostFiveMinutesApart() {
        EngineEmulator.emulator().faults().add(FaultSpec.status("*", "/services/data/**", 503, "SERVER_UNAVAILABLE",
                "Salesforce is down for maintenance"));
        switchSync(user, true);
        Duration longest = Duration.ZERO;
        for (int i = 0; i < 8; i++) {
            jdbc.sql("update scheduled_tasks set execution_time = :now where task_name = 'first-sync'")
                    .param("now", java.sql.Timestamp.from(clock.instant())).update();
            assertThat(firstSync()).isEqualTo(1);
            var next = jdbc.sql("select execution_time from scheduled_tasks where task_name = 'first-sync'"
                    + " and task_instance = :id").param("id", user.id().toString())
                    .query(java.sql.Timestamp.class).single().toInstant();
            var wait = Duration.between(clock.instant(), next);
            longest = wait.compareTo(longest) > 0 ? wait : longest;
        }

        assertThat(longest).isGreaterThan(Duration.ofMinutes(4)).isLessThanOrEqualTo(Duration.ofMinutes(5));
    }
}
