package com.tasksync.enable;

import static com.tasksync.support.SalesforceRep.task;
import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.support.SalesforceOrg;
import com.tasksync.support.SalesforceRep;
import com.tasksync.support.SyncTestBase;
import com.tasksync.support.TestUser;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class SyncProgressTest extends SyncTestBase {

    @Test
    void returnsAtOnceAndShowsTheImportsProgressUntilItIsDone() {
        SalesforceRep rep = SalesforceOrg.create().newRep();
        TestUser user = newUser();
        connect(user, rep);
        for (int i = 0; i < 450; i++) {
            rep.create(task("task " + i));
        }

        var answer = switchSync(user, true);

        assertThat(answer.get("state").stringValue()).isEqualTo("importing");
        assertThat(subjects(user)).isEmpty();
        firstSync();
        var status = syncStatus(user);
        assertThat(status.get("state").stringValue()).isEqualTo("syncing");
        assertThat(status.get("progress").get("done").intValue()).isEqualTo(450);
        assertThat(status.get("progress").get("total").intValue()).isEqualTo(450);
        assertThat(taskCount(user)).isEqualTo(450);
    }

    @Test
    void storesImportedTasksWhateverTheirDueDateAndShowsTodayAndTomorrowInTheCommandCenter() {
        SalesforceRep rep = SalesforceOrg.create().newRep();
        TestUser user = newUser(ZoneId.of("UTC"), false);
        connect(user, rep);
        var today = LocalDate.now(ZoneId.of("UTC"));
        clock.stopAt(today.atTime(12, 0).atZone(ZoneId.of("UTC")).toInstant());
        rep.create(task("due yesterday").with("ActivityDate", today.minusDays(1)));
        rep.create(task("due today").with("ActivityDate", today));
        rep.create(task("due tomorrow").with("ActivityDate", today.plusDays(1)));
        rep.create(task("due next week").with("ActivityDate", today.plusDays(7)));

        enable(user);

        assertThat(subjects(user)).containsExactly("due next week", "due today", "due tomorrow", "due yesterday");
        var center = api(user).get("/api/command-center").json();
        assertThat(center.get("dueToday")).extracting(task -> task.get("subject").stringValue())
                .containsExactly("due today");
        assertThat(center.get("dueTomorrow")).extracting(task -> task.get("subject").stringValue())
                .containsExactly("due tomorrow");
    }
}
