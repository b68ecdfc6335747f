package com.tasksync.inbound;

import static com.tasksync.support.SalesforceRep.task;
import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.emulator.data.OrgData;
import com.tasksync.salesforce.client.record.SObject;
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
}
