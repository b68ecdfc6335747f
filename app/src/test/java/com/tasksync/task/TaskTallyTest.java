package com.tasksync.task;

import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.support.Api;
import com.tasksync.support.AppTestBase;
import com.tasksync.support.TestUser;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The totals of the task list come from the tally the database keeps (V123): after every kind of
 * write they equal a plain count of the user's rows, written here as its own SQL, never from the code
 * under test.
 */
class TaskTallyTest extends AppTestBase {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TaskTallies tallies;

    @Autowired
    TrashPurgeJob purge;

    @Test
    void totalsFollowCreatesCompletionsReopeningsTrashRestoresBulkActionsAndPurges() {
        var user = newUser();
        var api = api(user);
        var ids = new ArrayList<String>();
        for (int i = 0; i < 12; i++) {
            ids.add(api.post("/api/tasks", Map.of("subject", "task " + i, "dueDate", "2026-06-1" + (i % 9)))
                    .json().get("id").stringValue());
        }
        assertTotalsMatchRows(user);

        api.post("/api/tasks/" + ids.get(0) + "/complete", null);
        api.post("/api/tasks/" + ids.get(1) + "/complete", null);
        api.patch("/api/tasks/" + ids.get(2), Map.of("status", "completed"));
        api.post("/api/tasks/" + ids.get(1) + "/reopen", null);
        assertTotalsMatchRows(user);

        api.delete("/api/tasks/" + ids.get(0));
        api.delete("/api/tasks/" + ids.get(3));
        api.delete("/api/tasks/" + ids.get(4));
        api.post("/api/tasks/" + ids.get(4) + "/restore", null);
        assertTotalsMatchRows(user);

        api.post("/api/tasks/bulk", Map.of("ids", ids.subList(5, 9), "action", "complete"));
        api.post("/api/tasks/bulk", Map.of("ids", ids.subList(8, 11), "action", "delete"));
        assertTotalsMatchRows(user);

        clock.stopAt(clock.instant().plus(Duration.ofDays(31)));
        purge.purgeOnce();
        assertTotalsMatchRows(user);
        assertThat(total(api, "trash")).isZero();
    }

    @Test
    void foldingKeepsEveryTotalAndLeavesOneRowPerUser() {
        var user = newUser();
        var api = api(user);
        for (int i = 0; i < 5; i++) {
            var id = api.post("/api/tasks", Map.of("subject", "task " + i)).json().get("id").stringValue();
            if (i % 2 == 0) {
                api.post("/api/tasks/" + id + "/complete", null);
            }
        }
        assertThat(tallyRows(user.id())).isGreaterThan(1);

        tallies.fold();

        assertThat(tallyRows(user.id())).isEqualTo(1);
        assertTotalsMatchRows(user);
    }

    @Test
    void concurrentWritersAndFoldsLoseNoCount() throws Exception {
        var user = newUser();
        var pool = Executors.newFixedThreadPool(8);
        try {
            var work = new ArrayList<Future<?>>();
            for (int writer = 0; writer < 6; writer++) {
                work.add(pool.submit(() -> {
                    var api = api(user);
                    for (int i = 0; i < 15; i++) {
                        var id = api.post("/api/tasks", Map.of("subject", "busy")).json().get("id").stringValue();
                        if (i % 3 == 0) {
                            api.delete("/api/tasks/" + id);
                        } else if (i % 3 == 1) {
                            api.post("/api/tasks/" + id + "/complete", null);
                        }
                    }
                    return null;
                }));
            }
            for (int folder = 0; folder < 2; folder++) {
                work.add(pool.submit(() -> {
                    for (int i = 0; i < 30; i++) {
                        tallies.fold();
                    }
                    return null;
                }));
            }
            for (var future : work) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertTotalsMatchRows(user);
        assertThat(total(api(user), "all")).isEqualTo(60);
        assertThat(total(api(user), "trash")).isEqualTo(30);
    }

    @Autowired
    Tasks tasks;

    @Test
    void theStampOfAUsersTasksChangesWithEveryWriteAndNotWithAFold() {
        var user = newUser();
        var api = api(user);
        var stamps = new java.util.LinkedHashSet<String>();
        stamps.add(tasks.fingerprint(user.id()));
        var id = api.post("/api/tasks", Map.of("subject", "one")).json().get("id").stringValue();
        stamps.add(tasks.fingerprint(user.id()));
        api.patch("/api/tasks/" + id, Map.of("description", "more"));
        stamps.add(tasks.fingerprint(user.id()));
        jdbc.sql("update task set sync_state = 'error' where id = :id").param("id", UUID.fromString(id)).update();
        stamps.add(tasks.fingerprint(user.id()));
        api.delete("/api/tasks/" + id);
        stamps.add(tasks.fingerprint(user.id()));
        var before = tasks.fingerprint(user.id());
        tallies.fold();
        assertThat(tasks.fingerprint(user.id())).as("a fold changes no sum").isEqualTo(before);
        clock.stopAt(clock.instant().plus(Duration.ofDays(31)));
        purge.purgeOnce();
        stamps.add(tasks.fingerprint(user.id()));

        assertThat(stamps).as("every write gave a new stamp").hasSize(6);
        assertThat(tasks.fingerprint(newUser().id())).isEqualTo("0-0");
    }

    @Test
    void theTotalIsTheTallysNotACountOfRows() {
        var user = newUser();
        api(user).post("/api/tasks", Map.of("subject", "one"));
        jdbc.sql("insert into task_tally (user_id, live, open, trash, writes) values (:u, 1000, 0, 0, 0)")
                .param("u", user.id()).update();

        assertThat(total(api(user), "all")).as("read from the tally").isEqualTo(1001);
        assertThat(total(api(user), "overdue")).as("overdue is counted from the tasks").isZero();
    }

    @Test
    void filteredListsCountTheirRows() {
        var user = newUser();
        var api = api(user);
        api.post("/api/tasks", Map.of("subject", "quote for Acme", "dueDate", "2026-06-10"));
        api.post("/api/tasks", Map.of("subject", "call Jane", "dueDate", "2026-06-20"));

        assertThat(api.get("/api/tasks?view=all&q=acme").json().get("totalItems").longValue()).isEqualTo(1);
        assertThat(api.get("/api/tasks?view=all&dueFrom=2026-06-15").json().get("totalItems").longValue())
                .isEqualTo(1);
    }

    @Autowired
    SyncedTaskWrites synced;

    @Test
    void tasksInErrorAreCountedByTheTallyThroughEveryChangeOfSyncStateTrashAndPurge() {
        var user = newUser();
        var api = api(user);
        var ids = new ArrayList<UUID>();
        for (int i = 0; i < 6; i++) {
            ids.add(UUID.fromString(api.post("/api/tasks", Map.of("subject", "refused " + i)).json().get("id")
                    .stringValue()));
        }
        assertErrorsMatchRows(user, 0);
        // one statement for several rows, as the relay records what Salesforce refused
        jdbc.sql("update task set sync_state = 'error', sync_error = 'refused' where id in (:ids)")
                .param("ids", ids.subList(0, 4)).update();
        assertErrorsMatchRows(user, 4);
        jdbc.sql("update task set sync_state = 'error' where id = :id").param("id", ids.get(0)).update();
        assertErrorsMatchRows(user, 4);
        jdbc.sql("update task set sync_state = 'synced', sync_error = null where id = :id").param("id", ids.get(1))
                .update();
        assertErrorsMatchRows(user, 3);
        api.delete("/api/tasks/" + ids.get(2));
        assertErrorsMatchRows(user, 2);
        api.post("/api/tasks/" + ids.get(2) + "/restore", null);
        assertErrorsMatchRows(user, 3);
        tallies.fold();
        assertErrorsMatchRows(user, 3);
        api.post("/api/tasks/bulk", Map.of("ids", List.of(ids.get(0).toString(), ids.get(3).toString()),
                "action", "delete"));
        clock.stopAt(clock.instant().plus(Duration.ofDays(31)));
        purge.purgeOnce();
        assertErrorsMatchRows(user, 1);
    }

    private void assertErrorsMatchRows(TestUser user, long expected) {
        var rows = jdbc.sql("select count(*) from task where user_id = :u and sync_state = 'error'"
                + " and deleted_at is null").param("u", user.id()).query(Long.class).single();
        assertThat(rows).as("the rows in error").isEqualTo(expected);
        assertThat(synced.countInError(user.id())).as("the tally's count").isEqualTo(expected);
    }

    private void assertTotalsMatchRows(TestUser user) {
        var api = api(user);
        var where = Map.of(
                "all", "deleted_at is null",
                "open", "deleted_at is null and status = 'open'",
                "completed", "deleted_at is null and status = 'completed'",
                "trash", "deleted_at is not null");
        for (var view : List.of("all", "open", "completed", "trash")) {
            var rows = jdbc.sql("select count(*) from task where user_id = :u and " + where.get(view))
                    .param("u", user.id()).query(Long.class).single();
            assertThat(total(api, view)).as(view).isEqualTo(rows);
        }
    }

    private static long total(Api api, String view) {
        return api.get("/api/tasks?size=1&view=" + view).json().get("totalItems").longValue();
    }

    private long tallyRows(UUID userId) {
        return jdbc.sql("select count(*) from task_tally where user_id = :u").param("u", userId)
                .query(Long.class).single();
    }
}
