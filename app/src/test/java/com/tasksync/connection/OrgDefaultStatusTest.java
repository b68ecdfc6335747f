package com.tasksync.connection;

import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.emulator.admin.FaultSpec;
import com.tasksync.emulator.org.OrgSettings;
import com.tasksync.support.EngineEmulator;
import com.tasksync.support.SalesforceOrg;
import com.tasksync.support.SalesforceRep;
import com.tasksync.support.SyncTestBase;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An org whose admin made another open status the default: TaskSync writes that status for open
 * tasks, and a failed look-up of it is tried again rather than replaced by "Not Started" for as
 * long as the node runs.
 */
class OrgDefaultStatusTest extends SyncTestBase {

    @Test
    void writesTheOrgsDefaultOpenStatusEvenWhenItsFirstLookUpFailed() {
        var rep = SalesforceOrg.create(OrgSettings.defaults().withDefaultTaskStatus("In Progress")).newRep();
        var user = newUser();
        connect(user, rep);
        enable(user);
        // The status look-up is the engine's one /query call (polls read with /queryAll); it fails
        // even after the client's own retries.
        var faults = EngineEmulator.emulator().faults();
        var fault = faults.add(FaultSpec.status("GET", "/services/data/*/query", 503, "SERVER_UNAVAILABLE", "down")
                .times(50));
        var task = api(user).post("/api/tasks", Map.of("subject", "Call Jane")).json().get("id").stringValue();

        relay();
        faults.clear();

        assertThat(fault.applied()).as("the look-up failed").isPositive();
        assertThat(rep.tasks()).as("nothing written with a status guessed").isEmpty();
        makeRetriesDue();
        relay();
        assertThat(statusInSalesforce(rep)).isEqualTo("In Progress");

        api(user).post("/api/tasks/" + task + "/complete", Map.of());
        relay();
        assertThat(statusInSalesforce(rep)).isEqualTo("Completed");
        api(user).post("/api/tasks/" + task + "/reopen", Map.of());
        relay();
        assertThat(statusInSalesforce(rep)).isEqualTo("In Progress");
        assertThat(api(user).get("/api/tasks/" + task).json().get("syncState").stringValue()).isEqualTo("synced");
    }

    private static String statusInSalesforce(SalesforceRep rep) {
        assertThat(rep.tasks()).hasSize(1);
        return rep.find(rep.tasks().get(0).id()).orElseThrow().string("Status");
    }
}
