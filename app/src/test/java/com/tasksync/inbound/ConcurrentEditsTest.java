package com.tasksync.inbound;

import static com.tasksync.support.SalesforceRep.task;
import static org.assertj.core.api.Assertions.assertThat;

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
