package com.tasksync.task;

import static com.tasksync.task.TaskListTest.create;
import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.support.Api;
import com.tasksync.support.AppTestBase;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class CommandCenterTest extends AppTestBase {

    @Test
    void showsOpenTasksDueTodayAndTomorrowOnly() {
        clock.stopAt(Instant.parse("2026-06-10T12:00:00Z"));
        var api = api(newUser());
        create(api, "yesterday", "2026-06-09");
        create(api, "today", "2026-06-10");
        create(api, "tomorrow", "2026-06-11");
        create(api, "later", "2026-06-12");
        var done = create(api, "done today", "2026-06-10");
        api.post("/api/tasks/" + done + "/complete", null);
        var trashed = create(api, "trashed tomorrow", "2026-06-11");
        api.delete("/api/tasks/" + trashed);

        var view = api.get("/api/command-center").json();

        assertThat(view.get("today").stringValue()).isEqualTo("2026-06-10");
        assertThat(view.get("tomorrow").stringValue()).isEqualTo("2026-06-11");
        assertThat(subjects(view, "dueToday")).containsExactly("today");
        assertThat(subjects(view, "dueTomorrow")).containsExactly("tomorrow");
        assertThat(view.get("overdueCount").asLong()).isEqualTo(1);
    }

    @Test
    void turnsTheDayAtTheUsersMidnightNotUtc() {
        var user = newUser(ZoneId.of("America/New_York"), false);
        var api = api(user);
        create(api, "June 10", "2026-06-10");
        create(api, "June 11", "2026-06-11");
        create(api, "June 12", "2026-06-12");

        clock.stopAt(Instant.parse("2026-06-11T03:59:59Z"));
        var beforeMidnight = api.get("/api/command-center").json();
        clock.stopAt(Instant.parse("2026-06-11T04:00:00Z"));
        var afterMidnight = api.get("/api/command-center").json();

        assertThat(beforeMidnight.get("today").stringValue()).isEqualTo("2026-06-10");
        assertThat(subjects(beforeMidnight, "dueToday")).containsExactly("June 10");
        assertThat(subjects(beforeMidnight, "dueTomorrow")).containsExactly("June 11");
        assertThat(afterMidnight.get("today").stringValue()).isEqualTo("2026-06-11");
        assertThat(subjects(afterMidnight, "dueToday")).containsExactly("June 11");
        assertThat(subjects(afterMidnight, "dueTomorrow")).containsExactly("June 12");
        assertThat(afterMidnight.get("overdueCount").asLong()).isEqualTo(1);
    }

    @Test
    void usersOnEitherSideOfTheDateLineSeeDifferentTodays() {
        clock.stopAt(Instant.parse("2026-06-10T12:00:00Z"));
        var kiritimati = api(newUser(ZoneId.of("Pacific/Kiritimati"), false));
        var pagoPago = api(newUser(ZoneId.of("Pacific/Pago_Pago"), false));
        for (var api : new Api[] {kiritimati, pagoPago}) {
            create(api, "June 9", "2026-06-09");
            create(api, "June 10", "2026-06-10");
            create(api, "June 11", "2026-06-11");
        }

        var east = kiritimati.get("/api/command-center").json();
        var west = pagoPago.get("/api/command-center").json();

        assertThat(east.get("today").stringValue()).isEqualTo("2026-06-11");
        assertThat(subjects(east, "dueToday")).containsExactly("June 11");
        assertThat(subjects(east, "dueTomorrow")).isEmpty();
        assertThat(west.get("today").stringValue()).isEqualTo("2026-06-10");
        assertThat(subjects(west, "dueToday")).containsExactly("June 10");
        assertThat(subjects(west, "dueTomorrow")).containsExactly("June 11");
    }

    @Test
    void overdueViewFollowsTheUsersZone() {
        clock.stopAt(Instant.parse("2026-06-10T12:00:00Z"));
        var kiritimati = api(newUser(ZoneId.of("Pacific/Kiritimati"), false));
        create(kiritimati, "June 10", "2026-06-10");

        assertThat(TaskListTest.subjects(kiritimati.get("/api/tasks?view=overdue").json()))
                .containsExactly("June 10");
    }

    private static List<String> subjects(JsonNode view, String list) {
        return view.get(list).findValuesAsString("subject");
    }
}
