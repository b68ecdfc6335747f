package com.tasksync.inbound;

import static com.tasksync.support.SalesforceRep.task;
import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.emulator.data.OrgData;
import com.tasksync.salesforce.client.record.SObject;
import com.tasksync.emulator.admin.FaultSpec;
import com.tasksync.support.EngineEmulator;
import com.tasksync.support.SalesforceOrg;
import com.tasksync.support.SalesforceRep;
import com.tasksync.support.SyncTestBase;
import com.tasksync.support.TestUser;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A Salesforce task deleted (so TaskSync moved it to Trash) and then restored from Salesforce's
 * recycle bin comes back out of Trash, and from then on syncs both ways again. The emulator's admin
 * restore stands in for a user restoring it on Salesforce's Recycle Bin page.
 */
class RestoredInSalesforceTest extends SyncTestBase {

    private SalesforceOrg org;
    private SalesforceRep rep;
    private TestUser user;

    @BeforeEach
    void syncing() {
        var syncing = startSyncing();
        org = syncing.org();
        rep = syncing.rep();
        user = syncing.user();
    }

    @Test
    void aTaskRestoredFromTheRecycleBinLeavesTrashAndSyncsAgain() {
        var id = rep.create(task("Call Jane"));
        poll();
        rep.delete(id);
        poll();
        assertThat(tasks(user, "trash")).hasSize(1);

        OrgData.of(org.org()).undelete(id, rep.id());
        poll();

        assertThat(tasks(user, "trash")).isEmpty();
        var back = tasks(user, "all");
        assertThat(back).hasSize(1);
        assertThat(back.get(0).get("subject").stringValue()).isEqualTo("Call Jane");
        assertThat(back.get(0).get("syncState").stringValue()).isEqualTo("synced");
        assertThat(syncLog(user)).extracting(entry -> entry.get("action").stringValue()).contains("restore");

        rep.update(id, SObject.of("Task").with("Subject", "Call Jane again"));
        poll();
        assertThat(tasks(user, "all").get(0).get("subject").stringValue()).isEqualTo("Call Jane again");

        var taskId = back.get(0).get("id").stringValue();
        api(user).patch("/api/tasks/" + taskId, Map.of("subject", "Call Jane on Friday"));
        relay();
        assertThat(rep.find(id).orElseThrow().string("Subject")).isEqualTo("Call Jane on Friday");
        assertThat(rep.tasks()).hasSize(1);
    }

    @Test
    void aTaskRestoredInTaskSyncAfterItsDeleteWhoseAnswerWasLostIsMadeAgainInSalesforce() {
        var created = api(user).post("/api/tasks", Map.of("subject", "Send the quote")).json();
        var taskId = created.get("id").stringValue();
        relay();
        var first = rep.tasks().get(0).id();
        api(user).delete("/api/tasks/" + taskId);
        EngineEmulator.emulator().faults()
                .add(FaultSpec.loseResponse("DELETE", "/services/data/*/composite/sobjects").times(20));
        relay(); // the delete reaches Salesforce; every answer to it (retries included) is lost
        EngineEmulator.emulator().faults().clear();
        assertThat(rep.find(first).orElseThrow().bool("IsDeleted")).as("deleted in Salesforce").isTrue();
        assertThat(jdbc.sql("select count(*) from outbox_entry where task_id = cast(:id as uuid)").param("id", taskId)
                .query(Long.class).single()).as("the delete waits for a retry").isEqualTo(1);
        poll(); // the poll reads the deleted record while the task is in Trash

        api(user).post("/api/tasks/" + taskId + "/restore", null);
        jdbc.sql("update outbox_entry set next_attempt_at = timestamptz '2000-01-01 00:00Z', claimed_until = null").update();
        syncUntilQuiet();

        var live = rep.tasks();
        assertThat(live).extracting(record -> record.string("Subject")).containsExactly("Send the quote");
        var task = api(user).get("/api/tasks/" + taskId).json();
        assertThat(task.get("syncState").stringValue()).isEqualTo("synced");
        assertThat(task.get("salesforceId").stringValue()).isEqualTo(live.get(0).id());
    }

    /**
     * A torture run: the rep deleted a task in TaskSync and restored it two seconds later, before the delete
     * left; meanwhile Salesforce changed the record and a read saw it while the task was in Trash. That read
     * must not count the change as taken: the next read merges it into the restored task.
     */
    @Test
    void aSalesforceEditReadWhileTheTaskWasInTrashReachesItOnceRestoredInTaskSync() {
        var id = rep.create(task("Call Ann"));
        poll();
        var taskId = tasks(user, "all").get(0).get("id").stringValue();
        api(user).delete("/api/tasks/" + taskId); // its delete for Salesforce waits in the outbox (no relay here)
        rep.update(id, SObject.of("Task").with("Description", "typed in Salesforce"));
        poll(); // reads the edit while the task is in Trash

        api(user).post("/api/tasks/" + taskId + "/restore", null);
        poll();
        relay();

        assertThat(api(user).get("/api/tasks/" + taskId).json().get("description").stringValue())
                .isEqualTo("typed in Salesforce");
        assertThat(rep.find(id).orElseThrow().string("Description")).isEqualTo("typed in Salesforce");
        assertThat(rep.find(id).orElseThrow().bool("IsDeleted")).isFalse();
    }
}
