package com.tasksync.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.emulator.admin.FaultSpec;
import com.tasksync.support.EngineEmulator;
import com.tasksync.support.Meters;
import com.tasksync.support.SyncTestBase;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class OutboundMetricsTest extends SyncTestBase {

    @Autowired
    MeterRegistry registry;

    private Meters meters;
    private Syncing syncing;

    @BeforeEach
    void syncing() {
        meters = new Meters(registry);
        syncing = startSyncing();
    }

    @Test
    void gaugesTheOutboxAndItsOldestEntryUntilTheRelaySendsThem() {
        var start = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        clock.stopAt(start);
        create("first");
        create("second");
        clock.stopAt(start.plusSeconds(90));

        assertThat(meters.gauge("tasksync.outbox.entries", "state", "pending")).isEqualTo(2);
        assertThat(meters.seconds("tasksync.outbox.oldest.age")).isEqualTo(90);

        relay();

        assertThat(meters.gauge("tasksync.outbox.entries", "state", "pending")).isZero();
        assertThat(meters.seconds("tasksync.outbox.oldest.age")).isZero();
    }

    @Test
    void countsTheChangesSentPerOrgAndOutcome() {
        create("first");
        create("second");

        relay();

        assertThat(changes("sent")).isEqualTo(2);
        assertThat(changes("rejected")).isZero();
    }

    @Test
    void countsARecordSalesforceRefusedUnderItsErrorCodeAndTheOutboxShowsItBlocked() {
        create(Map.of("subject", "bad who", "who", "003000000000001AAA"));
        create(Map.of("subject", "good"));

        relay();

        assertThat(changes("rejected")).isEqualTo(1);
        assertThat(changes("sent")).isEqualTo(1);
        assertThat(errors("record", "INVALID_CROSS_REFERENCE_KEY")).isEqualTo(1);
        assertThat(meters.gauge("tasksync.outbox.entries", "state", "blocked")).isEqualTo(1);
    }

    @Test
    void countsEveryAttemptOfACallSalesforceRefusedUnderItsErrorCode() {
        EngineEmulator.emulator().faults().add(FaultSpec.status("*", "/services/data/*/composite/sobjects/**", 503,
                "SERVER_UNAVAILABLE", "down for maintenance"));
        create("during the outage");

        // one pass: the outbox's retry has full jitter, so a relay run until dry may try again at once
        relay.relayOnce();

        assertThat(changes("call_failed")).isEqualTo(1);
        assertThat(errors("call", "SERVER_UNAVAILABLE")).as("the client's three attempts").isEqualTo(3);
        assertThat(meters.gauge("tasksync.outbox.entries", "state", "pending")).isEqualTo(1);
    }

    private double changes(String outcome) {
        return meters.counter("tasksync.sync.changes", "direction", "outbound", "outcome", outcome,
                "org", syncing.org().id());
    }

    private double errors(String scope, String code) {
        return meters.counter("tasksync.salesforce.errors", "scope", scope, "code", code, "org", syncing.org().id());
    }

    private void create(String subject) {
        create(Map.of("subject", subject));
    }

    private void create(Map<String, Object> task) {
        assertThat(api(syncing.user()).post("/api/tasks", task).status()).isEqualTo(201);
    }
}
