package com.tasksync.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.emulator.admin.FaultSpec;
import com.tasksync.emulator.org.OrgSettings;
import com.tasksync.support.EngineEmulator;
import com.tasksync.support.SalesforceOrg;
import com.tasksync.support.SalesforceRep;
import com.tasksync.support.SyncTestBase;
import com.tasksync.support.TestUser;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IdempotentCreateTest extends SyncTestBase {

    private SalesforceOrg org;
    private TestUser user;
    private SalesforceRep rep;

    @BeforeEach
    void syncing() {
        var syncing = startSyncing();
        org = syncing.org();
        rep = syncing.rep();
        user = syncing.user();
    }

    @Test
    void aCreateRetriedAfterALostResponseMakesOneTaskWhenUpsertingByExternalId() {
        var fault = EngineEmulator.emulator().faults()
                .add(FaultSpec.loseResponse("PATCH", "/services/data/*/composite/sobjects/**").times(1));
        var task = api(user).post("/api/tasks", Map.of("subject", "Call Jane")).json();

        relay();
        makeRetriesDue();
        relay();

        assertThat(fault.applied()).isEqualTo(1);
        assertThat(rep.tasks()).singleElement()
                .satisfies(record -> assertThat(record.string("TaskSync_Id__c")).isEqualTo(task.get("id").stringValue()));
        assertThat(api(user).get("/api/tasks/" + task.get("id").stringValue()).json().get("syncState").stringValue())
                .isEqualTo("synced");
    }

    @Test
    void aCreateRetriedAfterALostResponseMakesOneTaskWithoutAnExternalIdField() {
        rep = SalesforceOrg.create(OrgSettings.defaults().withTaskSyncIdField(false)).newRep();
        user = newUser();
        connect(user, rep);
        enable(user);
        var fault = EngineEmulator.emulator().faults()
                .add(FaultSpec.loseResponse("POST", "/services/data/*/composite/sobjects").times(1));
        api(user).post("/api/tasks", Map.of("subject", "Call Jane"));
        api(user).post("/api/tasks", Map.of("subject", "Email Bob"));

        relay();
        assertThat(fault.applied()).isEqualTo(1);
        assertThat(rep.tasks()).hasSize(2);
        makeRetriesDue();
        relay();

        assertThat(rep.tasks()).extracting(record -> record.string("Subject"))
                .containsExactlyInAnyOrder("Call Jane", "Email Bob");
        assertThat(tasks(user, "all")).allSatisfy(task ->
                assertThat(task.get("syncState").stringValue()).isEqualTo("synced"));
        assertThat(relay.pending()).isZero();
    }

    @Test
    void deletesTheRecordALostCreateMadeWhenTheTaskIsDeletedBeforeTheCreateWasConfirmed() {
        var faults = EngineEmulator.emulator().faults();
        faults.add(FaultSpec.loseResponse("PATCH", "/services/data/*/composite/sobjects/**").times(1));
        faults.add(FaultSpec.status("PATCH", "/services/data/*/composite/sobjects/**", 503, "SERVER_UNAVAILABLE",
                "down").times(5));
        var task = api(user).post("/api/tasks", Map.of("subject", "Call Jane")).json();
        relay();
        assertThat(rep.tasks()).hasSize(1);
        faults.clear();

        api(user).delete("/api/tasks/" + task.get("id").stringValue());
        makeRetriesDue();
        relay();

        assertThat(rep.tasks()).isEmpty();
        assertThat(relay.pending()).isZero();
    }
}
