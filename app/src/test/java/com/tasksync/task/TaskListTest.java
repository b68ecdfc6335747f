package com.tasksync.task;

import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.support.Api;
import com.tasksync.support.AppTestBase;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class TaskListTest extends AppTestBase {

    private static final Instant NOON_JUNE_10 = Instant.parse("2026-06-10T12:00:00Z");

    @Test
    void listsTasksSortedByDueDateWithUndatedLast() {
        var api = api(newUser());
        create(api, "C", "2026-06-12");
        create(api, "none", null);
        create(api, "A", "2026-06-01");
        create(api, "B", "2026-06-05");

        var page = api.get("/api/tasks").json();

        assertThat(subjects(page)).containsExactly("A", "B", "C", "none");
        assertThat(page.get("page").asInt()).isZero();
        assertThat(page.get("size").asInt()).isEqualTo(50);
        assertThat(page.get("totalItems").asLong()).isEqualTo(4);
    }

    @Test
    void filtersByEveryView() {
        clock.stopAt(NOON_JUNE_10);
        var api = api(newUser());
        create(api, "overdue", "2026-06-09");
        create(api, "today", "2026-06-10");
        var done = create(api, "done", "2026-06-01");
        api.post("/api/tasks/" + done + "/complete", null);
        var trashed = create(api, "trashed", "2026-06-02");
        api.delete("/api/tasks/" + trashed);

        assertThat(subjects(api.get("/api/tasks?view=all").json())).containsExactly("done", "overdue", "today");
        assertThat(subjects(api.get("/api/tasks?view=open").json())).containsExactly("overdue", "today");
        assertThat(subjects(api.get("/api/tasks?view=completed").json())).containsExactly("done");
        assertThat(subjects(api.get("/api/tasks?view=overdue").json())).containsExactly("overdue");
        assertThat(subjects(api.get("/api/tasks?view=trash").json())).containsExactly("trashed");
    }

    @Test
    void filtersByDueDateRangeInclusive() {
        var api = api(newUser());
        create(api, "May 31", "2026-05-31");
        create(api, "June 1", "2026-06-01");
        create(api, "June 30", "2026-06-30");
        create(api, "July 1", "2026-07-01");
        create(api, "undated", null);

        assertThat(subjects(api.get("/api/tasks?dueFrom=2026-06-01&dueTo=2026-06-30").json()))
                .containsExactly("June 1", "June 30");
        assertThat(subjects(api.get("/api/tasks?dueFrom=2026-06-30").json())).containsExactly("June 30", "July 1");
        assertThat(subjects(api.get("/api/tasks?dueTo=2026-05-31").json())).containsExactly("May 31");
    }

    @Test
    void pagesThroughTheList() {
        var api = api(newUser());
        for (int day = 1; day <= 5; day++) {
            create(api, "day " + day, "2026-06-0" + day);
        }

        var second = api.get("/api/tasks?page=1&size=2").json();
        var last = api.get("/api/tasks?page=2&size=2").json();
        var beyond = api.get("/api/tasks?page=9&size=2").json();

        assertThat(subjects(second)).containsExactly("day 3", "day 4");
        assertThat(second.get("totalItems").asLong()).isEqualTo(5);
        assertThat(subjects(last)).containsExactly("day 5");
        assertThat(beyond.get("items").size()).isZero();
        assertThat(beyond.get("totalItems").asLong()).isEqualTo(5);
        assertThat(api.get("/api/tasks?size=200").status()).isEqualTo(200);
    }

    @Test
    void refusesBadFiltersNamingEach() {
        var api = api(newUser());
        var cases = Map.of(
                "view=bogus", "view",
                "page=-1", "page",
                "page=abc", "page",
                "size=0", "size",
                "size=201", "size",
                "size=99999999999999999999", "size",
                "dueFrom=2026-02-30", "dueFrom",
                "dueTo=soon", "dueTo",
                "dueFrom=2026-06-02&dueTo=2026-06-01", "dueTo");
        cases.forEach((query, field) -> {
            var response = api.get("/api/tasks?" + query);
            assertThat(response.status()).as(query).isEqualTo(400);
            assertThat(response.contentType()).as(query).startsWith("application/problem+json");
            assertThat(response.json().get("errors").findValuesAsString("field")).as(query).contains(field);
        });
    }

    static String create(Api api, String subject, String dueDate) {
        var body = new HashMap<String, Object>();
        body.put("subject", subject);
        body.put("dueDate", dueDate);
        return api.post("/api/tasks", body).json().get("id").stringValue();
    }

    static List<String> subjects(JsonNode page) {
        return page.get("items").findValuesAsString("subject");
    }
}
