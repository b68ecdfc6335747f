package com.tasksync.inbound;

import static com.tasksync.support.SalesforceRep.task;
import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.emulator.admin.FaultSpec;
import com.tasksync.support.Api;
import com.tasksync.support.EngineEmulator;
import com.tasksync.support.SalesforceRep;
import com.tasksync.support.SyncTestBase;
import com.tasksync.support.TestUser;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A create whose answer never came back (a lost response, a node killed after sending) leaves a
 * Salesforce task that names its TaskSync task in {@code TaskSync_Id__c}: the poll must link it to
 * that task, never import it as a second one, and the relay's retry must not loop.
 */
class LostCreateTest extends SyncTestBase {

    private static final String UPSERTS = "/services/data/*/composite/sobjects/**";

    private SalesforceRep rep;
    private TestUser user;

    @BeforeEach
    void syncing() {
        var syncing = startSyncing();
        rep = syncing.rep();
        user = syncing.user();
    }

    @Test
    void aPollAfterALostCreateAnswerLinksTheRecordInsteadOfImportingItAgain() {
        var fault = EngineEmulator.emulator().faults().add(FaultSpec.loseResponse("PATCH", UPSERTS).times(1));
        var id = api(user).post("/api/tasks", Map.of("subject", "Call Jane")).json().get("id").stringValue();
        relay();
        assertThat(fault.applied()).isEqualTo(1);
        assertThat(rep.tasks()).hasSize(1);

        poll();
        makeRetriesDue();
        relay();
        poll();

        assertThat(subjects(user)).containsExactly("Call Jane");
        assertThat(rep.tasks()).singleElement()
                .satisfies(record -> assertThat(record.string("TaskSync_Id__c")).isEqualTo(id));
        var stored = api(user).get("/api/tasks/" + id).json();
        assertThat(stored.get("syncState").stringValue()).isEqualTo("synced");
        assertThat(stored.get("salesforceId").stringValue()).isEqualTo(rep.tasks().get(0).id());
        assertThat(relay.pending()).isZero();
    }

    @Test
    void aRecordLeftByANodeKilledAfterSendingIsLinkedAndEditsMadeSinceOnBothSidesSurvive() {
        var id = api(user).post("/api/tasks", Map.of("subject", "Call Jane", "priority", "low")).json()
                .get("id").stringValue();
        // A node claimed the create, noted what it sends, sent it and died before recording the answer
        // (an hour ago): the record exists in Salesforce with our external ID, and the claim outlives the node.
        jdbc.sql("update outbox_entry set claimed_by = 'dead-node', claimed_until = now() + interval '1 hour'").update();
        jdbc.sql("""
                insert into task_link (task_id, user_id, write_started_at, sending_fields)
                values (:id, :user, now() - interval '1 hour', cast(:sent as jsonb))
                """).param("id", UUID.fromString(id)).param("user", user.id())
                .param("sent", Api.json(Map.of("subject", "Call Jane", "status", "open", "priority", "low",
                        "type", "todo")))
                .update();
        var salesforceId = rep.create(task("Call Jane").with("Priority", "Low").with("TaskSync_Id__c", id));
        rep.update(salesforceId, com.tasksync.salesforce.client.record.SObject.of("Task")
                .with("Description", "notes added in Salesforce"));
        api(user).patch("/api/tasks/" + id, Map.of("priority", "high"));

        poll();
        assertThat(subjects(user)).containsExactly("Call Jane");
        jdbc.sql("update outbox_entry set claimed_by = null, claimed_until = null, next_attempt_at = '-infinity'").update();
        relay();
        poll();

        assertThat(subjects(user)).containsExactly("Call Jane");
        var stored = api(user).get("/api/tasks/" + id).json();
        assertThat(stored.get("description").stringValue()).isEqualTo("notes added in Salesforce");
        assertThat(stored.get("priority").stringValue()).isEqualTo("high");
        assertThat(stored.get("syncState").stringValue()).isEqualTo("synced");
        assertThat(rep.tasks()).singleElement().satisfies(record -> {
            assertThat(record.id()).isEqualTo(salesforceId);
            assertThat(record.string("Priority")).isEqualTo("High");
            assertThat(record.string("Description")).isEqualTo("notes added in Salesforce");
        });
    }

    @Test
    void anEditWhoseSendFailedAfterALostCreateAnswerIsNotUndoneByTheRecordTheCreateLeft() {
        // The create lands with its answer lost; the rep then renames the task; the retry carrying the new
        // subject fails before Salesforce applies it. The record still holds the create's subject, which is
        // our own write, not an edit made in Salesforce: the rename must survive and reach Salesforce.
        // every attempt of the client's (it retries lost answers itself) loses its answer
        EngineEmulator.emulator().faults().add(FaultSpec.loseResponse("PATCH", UPSERTS).times(3));
        var id = api(user).post("/api/tasks", Map.of("subject", "Call Jane")).json().get("id").stringValue();
        relay();
        assertThat(rep.tasks()).hasSize(1);
        assertThat(api(user).get("/api/tasks/" + id).json().get("syncState").stringValue()).isNotEqualTo("synced");
        EngineEmulator.emulator().faults().clear();
        assertThat(api(user).patch("/api/tasks/" + id, Map.of("subject", "Call Jane at noon")).status())
                .isEqualTo(200);
        var refused = EngineEmulator.emulator().faults()
                .add(FaultSpec.status("PATCH", UPSERTS, 503, "SERVER_UNAVAILABLE", "down for a moment").times(3));
        makeRetriesDue();
        relay();
        assertThat(refused.applied()).isEqualTo(3);
        EngineEmulator.emulator().faults().clear();
        assertThat(rep.tasks()).singleElement()
                .satisfies(record -> assertThat(record.string("Subject")).isEqualTo("Call Jane"));

        poll();
        assertThat(api(user).get("/api/tasks/" + id).json().get("subject").stringValue())
                .isEqualTo("Call Jane at noon");
        makeRetriesDue();
        relay();
        poll();

        assertThat(subjects(user)).containsExactly("Call Jane at noon");
        assertThat(rep.tasks()).singleElement().satisfies(record -> {
            assertThat(record.string("Subject")).isEqualTo("Call Jane at noon");
            assertThat(record.string("TaskSync_Id__c")).isEqualTo(id);
        });
        assertThat(api(user).get("/api/tasks/" + id).json().get("syncState").stringValue()).isEqualTo("synced");
    }

    @Test
    void aCreateAnsweredWithARecordAnotherTaskHoldsIsBlockedWithItsReasonInsteadOfLooping() {
        var id = api(user).post("/api/tasks", Map.of("subject", "Call Jane")).json().get("id").stringValue();
        var salesforceId = rep.create(task("Call Jane").with("TaskSync_Id__c", id));
        // A copy imported by an earlier version of TaskSync already holds the record.
        var copy = UUID.randomUUID();
        jdbc.sql("""
                insert into task (id, user_id, subject, status, priority, type, created_at, updated_at, version,
                    salesforce_id, sync_state)
                values (:id, :user, 'Call Jane', 'open', 'normal', 'todo', now(), now(), 1, :sf, 'synced')
                """).param("id", copy).param("user", user.id()).param("sf", salesforceId).update();
        jdbc.sql("insert into task_link (task_id, user_id, salesforce_id) values (:id, :user, :sf)")
                .param("id", copy).param("user", user.id()).param("sf", salesforceId).update();

        var handled = relay();

        assertThat(handled).isEqualTo(1);
        var stored = api(user).get("/api/tasks/" + id).json();
        assertThat(stored.get("syncState").stringValue()).isEqualTo("error");
        assertThat(stored.get("syncError").stringValue()).contains(copy.toString());
        assertThat(relay.pending()).isZero();
        var status = syncStatus(user);
        assertThat(status.get("state").stringValue()).isEqualTo("degraded");
        assertThat(status.get("tasksInError").intValue()).isEqualTo(1);
    }
}
