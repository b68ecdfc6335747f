package com.tasksync.task;

import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.links.TaskLinks;
import com.tasksync.support.AppTestBase;
import com.tasksync.sync.SyncLog;
import com.tasksync.sync.SyncLogEntry;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The writes a batch of sync makes go as one statement each (an import's tasks, their links and log
 * entries, the tasks a relay marks synced): what they leave is read back here with plain SQL, and so
 * is the tally, which gets one row per statement, so one row per batch and not one per task.
 */
class BatchedWritesTest extends AppTestBase {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SyncedTaskWrites tasks;

    @Autowired
    TaskLinks links;

    @Autowired
    SyncLog syncLog;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void tasksMadeFromABatchOfRecordsAddOneTallyRowAndKeepEveryField() {
        var user = newUser();
        var records = new ArrayList<SyncedTaskWrites.FromSalesforce>();
        for (int i = 0; i < 250; i++) {
            records.add(new SyncedTaskWrites.FromSalesforce(user.id(), fields("Record " + i + " \"quoted\", {braced}\\",
                    i % 2 == 0 ? null : "line one\nline two", i % 3 == 0 ? null : LocalDate.of(2026, 12, 1 + i % 28)),
                    "00T000000000" + String.format("%03d", i) + "AAA"));
        }
        var tallyBefore = tallyRows(user.id());

        var made = transaction.execute(status -> tasks.createAllFromSalesforce(records));

        assertThat(tallyRows(user.id()) - tallyBefore).as("tally rows added by the batch").isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from task where user_id = :u").param("u", user.id()).query(Long.class)
                .single()).isEqualTo(250);
        for (int i : new int[] {0, 1, 2, 3, 249}) {
            var row = jdbc.sql("select subject, description, due_date, salesforce_id, sync_state from task where id = :id")
                    .param("id", made.get(i).id()).query().singleRow();
            assertThat(row.get("subject")).isEqualTo("Record " + i + " \"quoted\", {braced}\\");
            assertThat(row.get("description")).isEqualTo(i % 2 == 0 ? null : "line one\nline two");
            assertThat(row.get("due_date")).isEqualTo(i % 3 == 0 ? null
                    : java.sql.Date.valueOf(LocalDate.of(2026, 12, 1 + i % 28)));
            assertThat(row.get("salesforce_id")).isEqualTo("00T000000000" + String.format("%03d", i) + "AAA");
            assertThat(row.get("sync_state")).isEqualTo("synced");
        }
    }

    @Test
    void aTaskNamedTwiceInOneBatchOfLinksIsSavedOnceWithTheLaterOneAndTheEarlierModstampWhenTheLaterHasNone() {
        var user = newUser();
        var made = transaction.execute(status -> tasks.createAllFromSalesforce(List.of(
                new SyncedTaskWrites.FromSalesforce(user.id(), fields("one", null, null), "00T0000000000A1AAA"),
                new SyncedTaskWrites.FromSalesforce(user.id(), fields("two", null, null), "00T0000000000A2AAA"))));
        var one = made.get(0).id();
        var two = made.get(1).id();
        var earlier = Instant.parse("2026-12-01T10:00:00Z");
        var later = Instant.parse("2026-12-01T11:00:00Z");

        transaction.executeWithoutResult(status -> links.saveAllSynced(List.of(
                new TaskLinks.Synced(one, user.id(), "00T0000000000A1AAA", fields("first", null, null), earlier),
                new TaskLinks.Synced(two, user.id(), "00T0000000000A2AAA", fields("two", null, null), earlier),
                new TaskLinks.Synced(one, user.id(), "00T0000000000A1AAA", fields("second", null, null), null),
                new TaskLinks.Synced(two, user.id(), "00T0000000000A2AAA", fields("two again", null, null), later)),
                later));

        var rows = jdbc.sql("select task_id, synced_fields ->> 'subject' as subject, synced_modstamp from task_link"
                + " where task_id in (:one, :two)").param("one", one).param("two", two).query().listOfRows();
        assertThat(rows).hasSize(2);
        var byTask = new LinkedHashMap<Object, java.util.Map<String, Object>>();
        rows.forEach(row -> byTask.put(row.get("task_id"), row));
        assertThat(byTask.get(one).get("subject")).isEqualTo("second");
        assertThat(((java.sql.Timestamp) byTask.get(one).get("synced_modstamp")).toInstant()).isEqualTo(earlier);
        assertThat(byTask.get(two).get("subject")).isEqualTo("two again");
        assertThat(((java.sql.Timestamp) byTask.get(two).get("synced_modstamp")).toInstant()).isEqualTo(later);
    }

    @Test
    void linksSavedAsSentFinishTheWriteInFlightOnlyAndKeepAFinishedOnesEnd() {
        var user = newUser();
        var made = transaction.execute(status -> tasks.createAllFromSalesforce(List.of(
                new SyncedTaskWrites.FromSalesforce(user.id(), fields("in flight", null, null), "00T0000000000B1AAA"),
                new SyncedTaskWrites.FromSalesforce(user.id(), fields("finished", null, null), "00T0000000000B2AAA"),
                new SyncedTaskWrites.FromSalesforce(user.id(), fields("never sent", null, null),
                        "00T0000000000B3AAA"))));
        var inFlight = made.get(0).id();
        var finished = made.get(1).id();
        var neverSent = made.get(2).id();
        transaction.executeWithoutResult(status -> links.startWrites(user.id(), java.util.Map.of(
                inFlight, fields("in flight, sent", null, null), finished, fields("finished, sent", null, null))));
        links.finishWrite(finished);
        var finishedAt = writeFinishedAt(finished);
        var at = Instant.parse("2026-12-01T12:00:00Z");

        transaction.executeWithoutResult(status -> links.saveAllSent(List.of(
                new TaskLinks.Synced(inFlight, user.id(), "00T0000000000B1AAA", fields("in flight, sent", null, null),
                        null),
                new TaskLinks.Synced(finished, user.id(), "00T0000000000B2AAA", fields("finished, sent", null, null),
                        null),
                new TaskLinks.Synced(neverSent, user.id(), "00T0000000000B3AAA", fields("never sent", null, null),
                        null)), at));

        assertThat(writeFinishedAt(inFlight)).as("the write in flight ends now").isNotNull()
                .isAfterOrEqualTo(writeStartedAt(inFlight));
        assertThat(writeFinishedAt(finished)).as("an ended write keeps its end").isEqualTo(finishedAt);
        assertThat(writeFinishedAt(neverSent)).as("no write started, none ends").isNull();
        var subjects = jdbc.sql("select synced_fields ->> 'subject' from task_link where task_id in (:a, :b)"
                + " order by 1").param("a", inFlight).param("b", finished).query(String.class).list();
        assertThat(subjects).containsExactly("finished, sent", "in flight, sent");
    }

    private Instant writeFinishedAt(UUID taskId) {
        var at = (java.sql.Timestamp) jdbc.sql("select write_finished_at from task_link where task_id = :id")
                .param("id", taskId).query().singleRow().get("write_finished_at");
        return at == null ? null : at.toInstant();
    }

    private Instant writeStartedAt(UUID taskId) {
        return jdbc.sql("select write_started_at from task_link where task_id = :id").param("id", taskId)
                .query((rs, row) -> rs.getTimestamp(1).toInstant()).single();
    }

    @Test
    void logEntriesOfOneBatchKeepTheirOrderNewestFirst() {
        var user = newUser();
        var at = Instant.parse("2026-12-01T10:00:00Z");
        var entries = new ArrayList<SyncLogEntry>();
        for (int i = 0; i < 30; i++) {
            entries.add(new SyncLogEntry(user.id(), at, SyncLogEntry.Direction.FROM_SALESFORCE,
                    SyncLogEntry.Action.IMPORT, null, null, "entry " + i, null));
        }

        syncLog.recordAll(entries);

        var page = syncLog.page(user.id(), 0, 30);
        assertThat(page.items()).extracting(SyncLogEntry::subject).first().isEqualTo("entry 29");
        assertThat(page.items()).extracting(SyncLogEntry::subject).last().isEqualTo("entry 0");
    }

    @Test
    void tasksMarkedSyncedTogetherKeepTheirSalesforceIdWhenNoneIsGivenAndAddOneTallyRow() {
        var user = newUser();
        var api = api(user);
        var first = UUID.fromString(api.post("/api/tasks", java.util.Map.of("subject", "first")).json().get("id")
                .stringValue());
        var second = UUID.fromString(api.post("/api/tasks", java.util.Map.of("subject", "second")).json().get("id")
                .stringValue());
        jdbc.sql("update task set salesforce_id = '00T0000000000B1AAA', sync_state = 'pending' where id = :id")
                .param("id", first).update();
        var tallyBefore = tallyRows(user.id());

        var ids = new java.util.HashMap<UUID, String>();
        ids.put(first, null);
        ids.put(second, "00T0000000000B2AAA");
        tasks.markAllSynced(ids);

        assertThat(tallyRows(user.id()) - tallyBefore).isEqualTo(1);
        assertThat(jdbc.sql("select salesforce_id || ' ' || sync_state from task where id = :id").param("id", first)
                .query(String.class).single()).isEqualTo("00T0000000000B1AAA synced");
        assertThat(jdbc.sql("select salesforce_id || ' ' || sync_state from task where id = :id").param("id", second)
                .query(String.class).single()).isEqualTo("00T0000000000B2AAA synced");
    }

    private static TaskFields fields(String subject, String description, LocalDate due) {
        return new TaskFields(subject, description, due, TaskStatus.OPEN, TaskPriority.NORMAL, TaskType.TODO, null,
                null, null);
    }

    private long tallyRows(UUID userId) {
        return jdbc.sql("select count(*) from task_tally where user_id = :u").param("u", userId)
                .query(Long.class).single();
    }
}
