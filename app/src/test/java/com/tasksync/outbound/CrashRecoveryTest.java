package com.tasksync.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.support.SalesforceOrg;
import com.tasksync.support.SalesforceRep;
import com.tasksync.support.SyncTestBase;
import com.tasksync.support.TestUser;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CrashRecoveryTest extends SyncTestBase {

    @Autowired
    OutboxRepository outbox;

    @Test
    void finishesWhatANodeClaimedBeforeItDiedOnceItsClaimRunsOut() {
        SalesforceRep rep = SalesforceOrg.create().newRep();
        TestUser user = newUser();
        connect(user, rep);
        enable(user);
        api(user).post("/api/tasks", Map.of("subject", "in flight when the node died"));
        var now = Instant.now();
        var claimed = outbox.claimDueEntries("node-that-died", now, now.plus(Duration.ofMinutes(2)), 10);
        assertThat(claimed).hasSize(1);

        relay();
        assertThat(rep.tasks()).isEmpty();

        clock.stopAt(now.plus(Duration.ofMinutes(3)));
        relay();

        assertThat(rep.tasks()).extracting(record -> record.string("Subject"))
                .containsExactly("in flight when the node died");
        assertThat(relay.pending()).isZero();
    }

    /**
     * A write whose answer was lost may have changed the record: a reopen reached Salesforce, its answer
     * never came, and the rep then completed the task again, back to the value both sides last agreed on.
     * The next write must still send the completion, or Salesforce keeps the reopen and the next read of
     * the record takes it for a reopen made in Salesforce.
     */
    @Test
    void aValueSentInAWriteWhoseAnswerWasLostIsSentAgainWhenTheRepSetsItBack() {
        setBackAfterALostAnswer(false);
    }

    /** The same, with Salesforce read before the relay runs again: the reopen read back is ours, not the rep's. */
    @Test
    void aValueSentInAWriteWhoseAnswerWasLostIsSentAgainWhenSalesforceIsReadFirst() {
        setBackAfterALostAnswer(true);
    }

    private void setBackAfterALostAnswer(boolean pollFirst) {
        var syncing = startSyncing();
        var user = syncing.user();
        var rep = syncing.rep();
        var id = api(user).post("/api/tasks", Map.of("subject", "Call Jane", "status", "completed")).json()
                .get("id").stringValue();
        relay();
        var salesforceId = rep.tasks().get(0).id();
        assertThat(rep.find(salesforceId).orElseThrow().string("Status")).isEqualTo("Completed");
        var faults = com.tasksync.support.EngineEmulator.emulator().faults();
        var lost = faults.add(com.tasksync.emulator.admin.FaultSpec.loseResponse("PATCH",
                "/services/data/*/composite/sobjects").times(10));
        api(user).patch("/api/tasks/" + id, Map.of("status", "open"));
        relay();
        assertThat(lost.applied()).isPositive();
        assertThat(rep.find(salesforceId).orElseThrow().string("Status")).isEqualTo("Not Started");
        faults.clear();

        api(user).patch("/api/tasks/" + id, Map.of("status", "completed"));
        jdbc.sql("update outbox_entry set next_attempt_at = '-infinity'").update();
        if (pollFirst) {
            poll();
            assertThat(api(user).get("/api/tasks/" + id).json().get("status").stringValue()).isEqualTo("completed");
        }
        relay();
        poll();

        assertThat(rep.find(salesforceId).orElseThrow().string("Status")).isEqualTo("Completed");
        assertThat(api(user).get("/api/tasks/" + id).json().get("status").stringValue()).isEqualTo("completed");
        assertThat(relay.pending()).isZero();
    }
}
