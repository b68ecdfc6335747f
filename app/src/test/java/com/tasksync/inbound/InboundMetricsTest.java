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
    void anIdleOrgDoesNotReadABulkChangeAgainAtEveryPollOnceTheOverlapHasPassed() {
        // with change events the polls counted here are the safety poll's, which the tests do not run at will
        org.junit.jupiter.api.Assumptions.assumeFalse(READING.equals("events"),
                "polls are the safety poll's business while a change stream runs");
        var syncing = startSyncing();
        var salesforceClock = EngineEmulator.emulator().clock();
        for (int second = 0; second < 3; second++) {
            for (int i = 0; i < 40; i++) {
                syncing.rep().create(task("bulk " + second + "/" + i));
            }
            salesforceClock.advance(Duration.ofSeconds(1));
        }
        poll();
        assertThat(changes(syncing.org(), "created")).isEqualTo(120);
        // the next poll reads the overlap before the watermark again: a record committed late may hide there
        salesforceClock.advance(Duration.ofMinutes(2));
        poll();
        var afterSecondPoll = changes(syncing.org(), "unchanged");

        poll();
        poll();

        // the read before began two minutes after the bulk: at most the records at the watermark itself (of the
        // last second's 40) are read again, not the 120 of the overlap at every poll (240 for the two)
        assertThat(changes(syncing.org(), "unchanged") - afterSecondPoll).isLessThanOrEqualTo(80);
        assertThat(afterSecondPoll).isEqualTo(120);
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
