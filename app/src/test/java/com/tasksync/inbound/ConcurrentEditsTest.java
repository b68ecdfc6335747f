package com.tasksync.inbound;

import static com.tasksync.support.SalesforceRep.task;
import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.inbound.apply.InboundBatches;
import com.tasksync.inbound.apply.InboundRead;
import com.tasksync.sync.SyncAccounts;
import com.tasksync.links.TaskLinks;
import com.tasksync.salesforce.client.record.SObject;
import com.tasksync.support.SalesforceRep;
import com.tasksync.support.SyncTestBase;
import com.tasksync.support.TestUser;
import com.tasksync.sync.SyncLogEntry.Action;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Edits a rep made and TaskSync acknowledged must survive whatever sync does meanwhile: a poll that
 * read Salesforce before our write of the same task went out, and polls and sends running while the
 * rep keeps editing.
 */
class ConcurrentEditsTest extends SyncTestBase {

    @Autowired
    private InboundBatches batches;

    @Autowired
    private TaskLinks links;

    @Autowired
    private SyncAccounts accounts;

    @Autowired
    private com.tasksync.task.Tasks taskService;

    @Autowired
    private org.springframework.transaction.support.TransactionTemplate transaction;

    private SalesforceRep rep;
    private TestUser user;

    @BeforeEach
    void syncing() {
        var syncing = startSyncing();
        rep = syncing.rep();
        user = syncing.user();
    }

    @Test
    void aPollThatReadSalesforceBeforeOurWriteNeverRevertsIt() {
        var salesforceId = rep.create(task("Call Jane"));
        poll();
        var id = tasks(user, "all").get(0).get("id").stringValue();
        rep.update(salesforceId, SObject.of("Task").with("Description", "from Salesforce"));
        var readAt = links.databaseNow();
        var staleRead = rep.find(salesforceId).orElseThrow();

        api(user).patch("/api/tasks/" + id, Map.of("priority", "high"));
        relay();
        var account = accounts.find(user.id()).orElseThrow();
        var summary = batches.apply(Stream.of(staleRead),
                new InboundRead(Map.of(rep.id(), account), Action.CREATE, readAt, Optional.of("TaskSync_Id__c")),
                done -> { });

        assertThat(summary.earliestSkipped()).isEqualTo(staleRead.dateTime("SystemModstamp"));
        assertThat(api(user).get("/api/tasks/" + id).json().get("priority").stringValue()).isEqualTo("high");
        poll();
        var stored = api(user).get("/api/tasks/" + id).json();
        assertThat(stored.get("priority").stringValue()).isEqualTo("high");
        assertThat(stored.get("description").stringValue()).isEqualTo("from Salesforce");
        assertThat(rep.find(salesforceId).orElseThrow().string("Priority")).isEqualTo("High");
    }

    /**
     * The race behind "two nodes revert acknowledged edits", made to happen every time: the rep's edit
     * holds its task's row (written, not yet committed) while a batch of Salesforce changes to the same
     * task is applied. The batch must wait for the edit and merge onto what it committed; a merge that
     * read the task before the commit and wrote all of its fields after it would put the old priority
     * back (as the batches did before they locked their tasks first).
     */
    @Test
    void aBatchThatMeetsARepEditInFlightWaitsForItAndKeepsIt() throws Exception {
        var salesforceId = rep.create(task("Call Jane"));
        poll();
        var id = java.util.UUID.fromString(tasks(user, "all").get(0).get("id").stringValue());
        rep.update(salesforceId, SObject.of("Task").with("Description", "from Salesforce"));
        var account = accounts.find(user.id()).orElseThrow();
        var readAt = links.databaseNow();
        var record = rep.find(salesforceId).orElseThrow();

        var written = new java.util.concurrent.CountDownLatch(1);
        var commit = new java.util.concurrent.CountDownLatch(1);
        var edit = CompletableFuture.runAsync(() -> transaction.executeWithoutResult(status -> {
            taskService.update(user.id(), id, null, fields -> new com.tasksync.task.TaskFields(fields.subject(),
                    fields.description(), fields.dueDate(), fields.status(), com.tasksync.task.TaskPriority.HIGH,
                    fields.type(), fields.reminderAt(), fields.who(), fields.what()));
            written.countDown();
            try {
                commit.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }), threads);
        assertThat(written.await(20, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        var apply = CompletableFuture.supplyAsync(() -> batches.apply(Stream.of(record),
                new InboundRead(Map.of(rep.id(), account), Action.CREATE, readAt, Optional.of("TaskSync_Id__c")),
                done -> { }), threads);

        // the batch is in the database, waiting for the edit's row lock
        var deadline = System.nanoTime() + java.time.Duration.ofSeconds(20).toNanos();
        while (jdbc.sql("select count(*) from pg_stat_activity where wait_event_type = 'Lock' and datname = current_database()")
                .query(Integer.class).single() == 0) {
            assertThat(apply).as("the batch ended while the edit still held the task").isNotDone();
            assertThat(System.nanoTime()).as("the batch never waited for the edit").isLessThan(deadline);
            Thread.sleep(10);
        }
        commit.countDown();
        edit.get(20, java.util.concurrent.TimeUnit.SECONDS);
        var summary = apply.get(20, java.util.concurrent.TimeUnit.SECONDS);

        // with change events the stream may have brought the description already: what counts is the end state
        assertThat(summary.read()).isEqualTo(1);
        var stored = api(user).get("/api/tasks/" + id).json();
        assertThat(stored.get("priority").stringValue()).isEqualTo("high");
        assertThat(stored.get("description").stringValue()).isEqualTo("from Salesforce");
        relay();
        var sent = rep.find(salesforceId).orElseThrow();
        assertThat(sent.string("Priority")).isEqualTo("High");
        assertThat(sent.string("Description")).isEqualTo("from Salesforce");
        assertThat(api(user).get("/api/tasks/" + id).json().get("syncState").stringValue()).isEqualTo("synced");
    }

    @Test
    void editsOfOneSideSurvivePollsAndSendsRunningAtTheSameTime() throws Exception {
        var ids = new ArrayList<String>();
        for (int i = 0; i < 12; i++) {
            ids.add(api(user).post("/api/tasks", Map.of("subject", "task " + i)).json().get("id").stringValue());
        }
        syncUntilQuiet();
        var salesforceIds = new HashMap<String, String>();
        tasks(user, "all").forEach(t -> salesforceIds.put(t.get("id").stringValue(), t.get("salesforceId").stringValue()));
        var descriptions = new ConcurrentHashMap<String, String>();
        var priorities = new ConcurrentHashMap<String, String>();

        var edits = CompletableFuture.runAsync(() -> {
            for (int round = 0; round < 3; round++) {
                for (var id : ids) {
                    var description = "round " + round + " of " + id;
                    var answer = api(user).patch("/api/tasks/" + id, Map.of("description", description));
                    assertThat(answer.status()).as(answer.text()).isEqualTo(200);
                    descriptions.put(id, description);
                }
            }
        });
        var random = new Random(42);
        for (int round = 0; round < 3; round++) {
            for (var id : ids) {
                var priority = List.of("High", "Low", "Normal").get(random.nextInt(3));
                rep.update(salesforceIds.get(id), SObject.of("Task").with("Priority", priority));
                priorities.put(id, priority);
            }
            poll();
            relay();
        }
        edits.get();
        syncUntilQuiet();

        for (var id : ids) {
            var stored = api(user).get("/api/tasks/" + id).json();
            var record = rep.find(salesforceIds.get(id)).orElseThrow();
            assertThat(stored.get("description").stringValue()).as(id).isEqualTo(descriptions.get(id));
            assertThat(record.string("Description")).as(id).isEqualTo(descriptions.get(id));
            assertThat(record.string("Priority")).as(id).isEqualTo(priorities.get(id));
            assertThat(stored.get("priority").stringValue()).as(id).isEqualToIgnoringCase(priorities.get(id));
            assertThat(stored.get("syncState").stringValue()).as(id).isEqualTo("synced");
        }
    }
}
