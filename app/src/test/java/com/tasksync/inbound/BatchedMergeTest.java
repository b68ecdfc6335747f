package com.tasksync.inbound;

import static com.tasksync.support.SalesforceRep.task;
import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.salesforce.client.record.SObject;
import com.tasksync.support.SalesforceRep;
import com.tasksync.support.SyncTestBase;
import com.tasksync.support.TestUser;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A poll that brings hundreds of Salesforce changes at once writes them batch by batch with one
 * statement each (the merges wait for the end of their batch): every task must still end with exactly
 * the values the test wrote into Salesforce, field by field, each changed task once (one version, one
 * log entry), the tasks Salesforce only touched unchanged, and the list's totals equal to its rows.
 */
class BatchedMergeTest extends SyncTestBase {

    private static final int TASKS = 450; // more than two batches of 200

    @Autowired
    JdbcClient jdbc;

    @Test
    void aPollOfManyChangesWritesEachTaskOnceWithSalesforcesValues() {
        var syncing = startSyncing();
        TestUser user = syncing.user();
        SalesforceRep rep = syncing.rep();
        var created = new ArrayList<SObject>();
        for (int i = 0; i < TASKS; i++) {
            created.add(task("task " + i).with("ActivityDate", LocalDate.of(2026, 12, 1 + i % 28)));
        }
        var ids = new ArrayList<String>();
        for (int from = 0; from < TASKS; from += 200) {
            rep.client().createAll(created.subList(from, Math.min(TASKS, from + 200)), true)
                    .forEach(result -> ids.add(result.id()));
        }
        poll();
        assertThat(taskCount(user)).isEqualTo(TASKS);
        var before = byRecord(user);
        var logBefore = logRows(user);

        // every third task completed with a new subject, every third given a due date and a priority,
        // every third only touched (Salesforce saves it again with the same values: an echo of nothing)
        var changes = new ArrayList<SObject>();
        var expectedSubject = new HashMap<String, String>();
        var expectedStatus = new HashMap<String, String>();
        var expectedDue = new HashMap<String, String>();
        var expectedPriority = new HashMap<String, String>();
        for (int i = 0; i < TASKS; i++) {
            var id = ids.get(i);
            expectedSubject.put(id, "task " + i);
            expectedStatus.put(id, "open");
            expectedDue.put(id, LocalDate.of(2026, 12, 1 + i % 28).toString());
            expectedPriority.put(id, "normal");
            var change = SObject.of("Task").with("Id", id);
            switch (i % 3) {
                case 0 -> {
                    change.with("Status", "Completed").with("Subject", "done " + i);
                    expectedStatus.put(id, "completed");
                    expectedSubject.put(id, "done " + i);
                }
                case 1 -> {
                    change.with("ActivityDate", LocalDate.of(2027, 1, 1 + i % 28)).with("Priority", "High");
                    expectedDue.put(id, LocalDate.of(2027, 1, 1 + i % 28).toString());
                    expectedPriority.put(id, "high");
                }
                default -> change.with("Subject", "task " + i);
            }
            changes.add(change);
        }
        for (int from = 0; from < TASKS; from += 200) {
            assertThat(rep.client().updateAll(changes.subList(from, Math.min(TASKS, from + 200)), true))
                    .allSatisfy(result -> assertThat(result.success()).isTrue());
        }

        poll();

        var after = byRecord(user);
        assertThat(after).hasSize(TASKS);
        for (int i = 0; i < TASKS; i++) {
            var id = ids.get(i);
            var task = after.get(id);
            assertThat(task.get("subject").stringValue()).as("subject of %s", i).isEqualTo(expectedSubject.get(id));
            assertThat(task.get("status").stringValue()).as("status of %s", i).isEqualTo(expectedStatus.get(id));
            assertThat(task.get("dueDate").stringValue()).as("due date of %s", i).isEqualTo(expectedDue.get(id));
            assertThat(task.get("priority").stringValue()).as("priority of %s", i)
                    .isEqualTo(expectedPriority.get(id));
            assertThat(task.get("syncState").stringValue()).isEqualTo("synced");
            var versionBefore = before.get(id).get("version").longValue();
            assertThat(task.get("version").longValue()).as("version of %s", i)
                    .isEqualTo(i % 3 == 2 ? versionBefore : versionBefore + 1);
            if (i % 3 == 0) {
                assertThat(task.get("completedAt").isNull()).as("completion time of %s", i).isFalse();
            }
        }
        assertThat(logRows(user) - logBefore).as("one log entry per changed task").isEqualTo(TASKS / 3 * 2);
        // the links now hold each record's last SystemModstamp: a second poll finds nothing to write
        var versions = new HashMap<String, Long>();
        after.forEach((id, task) -> versions.put(id, task.get("version").longValue()));
        poll();
        var again = byRecord(user);
        again.forEach((id, task) -> assertThat(task.get("version").longValue()).isEqualTo(versions.get(id)));
        assertThat(jdbc.sql("""
                select count(*) from task_link l join task t on t.id = l.task_id
                where t.user_id = :u and l.synced_modstamp is null
                """).param("u", user.id()).query(Long.class).single()).isZero();
        var api = api(user);
        assertThat(api.get("/api/tasks?size=1&view=completed").json().get("totalItems").longValue())
                .isEqualTo(rows(user, "status = 'completed'")).isEqualTo(TASKS / 3);
        assertThat(api.get("/api/tasks?size=1&view=open").json().get("totalItems").longValue())
                .isEqualTo(rows(user, "status = 'open'")).isEqualTo(TASKS - TASKS / 3);
    }

    private Map<String, JsonNode> byRecord(TestUser user) {
        var tasks = new HashMap<String, JsonNode>();
        for (int page = 0; ; page++) {
            var items = api(user).get("/api/tasks?size=200&view=all&page=" + page).json().get("items");
            List<JsonNode> list = new ArrayList<>();
            items.forEach(list::add);
            if (list.isEmpty()) {
                return tasks;
            }
            list.forEach(task -> tasks.put(task.get("salesforceId").stringValue(), task));
        }
    }

    private long logRows(TestUser user) {
        return jdbc.sql("select count(*) from sync_log_entry where user_id = :u").param("u", user.id())
                .query(Long.class).single();
    }

    private long rows(TestUser user, String condition) {
        return jdbc.sql("select count(*) from task where deleted_at is null and user_id = :u and " + condition)
                .param("u", user.id()).query(Long.class).single();
    }
}
