package com.tasksync.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.emulator.admin.FaultSpec;
import com.tasksync.support.EngineEmulator;
import com.tasksync.support.Meters;
import com.tasksync.support.SalesforceOrg;
import com.tasksync.support.SyncTestBase;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class SyncMetricsTest extends SyncTestBase {

    @Autowired
    MeterRegistry registry;

    private Meters meters;

    @BeforeEach
    void meters() {
        meters = new Meters(registry);
    }

    @Test
    void gaugesTheUsersImportingUntilTheirFirstSyncIsDone() {
        var org = SalesforceOrg.create();
        var rep = org.newRep();
        rep.create(com.tasksync.support.SalesforceRep.task("to import"));
        var user = newUser();
        connect(user, rep);

        switchSync(user, true);
        assertThat(users("importing")).isEqualTo(1);
        assertThat(users("syncing")).isZero();

        firstSync();
        assertThat(users("importing")).isZero();
        assertThat(users("syncing")).isEqualTo(1);
        assertThat(meters.gauge("tasksync.sync.import.records", "progress", "total")).isZero();
    }

    @Test
    void gaugesAUsersProblemAndShowsItInTheOrgsHealthToAdminsUntilItClears() {
        var syncing = startSyncing();
        var admin = newUser(ZoneId.of("UTC"), true);
        EngineEmulator.emulator().faults().add(FaultSpec.status("GET", "/services/data/*/queryAll", 503,
                "SERVER_UNAVAILABLE", "down for maintenance"));

        poll();

        assertThat(meters.gauge("tasksync.sync.problems", "source", "inbound")).isEqualTo(1);
        var org = orgHealth(admin, syncing.org());
        assertThat(org.get("state").stringValue()).isEqualTo("retrying");
        assertThat(org.get("users").longValue()).isEqualTo(1);
        assertThat(org.get("problems").get(0).get("code").stringValue()).isEqualTo("SERVER_UNAVAILABLE");
        assertThat(org.get("problems").get(0).get("source").stringValue()).isEqualTo("inbound");
        assertThat(org.get("lastError").get("code").stringValue()).isEqualTo("SERVER_UNAVAILABLE");
        assertThat(org.get("lastSuccessfulCall").isString()).isTrue();

        EngineEmulator.emulator().faults().clear();
        poll();

        assertThat(meters.gauge("tasksync.sync.problems", "source", "inbound")).isZero();
        assertThat(orgHealth(admin, syncing.org()).get("state").stringValue()).isEqualTo("ok");
    }

    private double users(String state) {
        return meters.gauge("tasksync.sync.users", "state", state);
    }

    private JsonNode orgHealth(com.tasksync.support.TestUser admin, SalesforceOrg org) {
        var health = api(admin).get("/actuator/health/salesforce").json();
        assertThat(health.get("status").stringValue()).isEqualTo("UP");
        return health.get("details").get("orgs").get(org.id());
    }
}
