package com.tasksync.inbound;

import static com.tasksync.support.SalesforceRep.task;
import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.support.EngineEmulator;
import com.tasksync.support.Meters;
import com.tasksync.support.SalesforceOrg;
import com.tasksync.support.SyncTestBase;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class InboundMetricsTest extends SyncTestBase {

    @Autowired
    MeterRegistry registry;

    private Meters meters;

    @BeforeEach
    void meters() {
        meters = new Meters(registry);
    }

    @Test
    void countsWhatAPollTookInPerOrgAndOutcome() {
        var syncing = startSyncing();
        var id = syncing.rep().create(task("made in Salesforce"));

        poll();
        syncing.rep().update(id, task("edited in Salesforce"));
        poll();

        assertThat(changes(syncing.org(), "created")).isEqualTo(1);
        assertThat(changes(syncing.org(), "updated")).isEqualTo(1);
    }

    @Test
    void countsOurOwnWriteComingBackAsUnchanged() {
        var syncing = startSyncing();
        api(syncing.user()).post("/api/tasks", Map.of("subject", "made in TaskSync"));
        relay();

        poll();

        assertThat(changes(syncing.org(), "unchanged")).isEqualTo(1);
        assertThat(changes(syncing.org(), "created")).isZero();
    }

    @Test
    void measuresTheLagFromTheModstampToTheCommitOnSalesforcesClockLeavingTheFirstImportOut() {
        var org = SalesforceOrg.create();
        var rep = org.newRep();
        rep.create(task("there before the enable"));
        var user = newUser();
        connect(user, rep);
        enable(user);
        assertThat(meters.timer("tasksync.sync.inbound.lag", "org", org.id())).isNull();
        var imported = changes(org, "created");
        rep.create(task("made three minutes before the poll"));

        EngineEmulator.emulator().clock().advance(Duration.ofMinutes(3));
        poll();

        var lag = meters.timer("tasksync.sync.inbound.lag", "org", org.id());
        assertThat(lag.count()).isEqualTo(1);
        assertThat(lag.totalTime(TimeUnit.SECONDS)).isBetween(178.0, 240.0);
        assertThat(imported).isEqualTo(1);
        assertThat(changes(org, "created")).isEqualTo(2);
    }

    private double changes(SalesforceOrg org, String outcome) {
        return meters.counter("tasksync.sync.changes", "direction", "inbound", "outcome", outcome, "org", org.id());
    }
}
