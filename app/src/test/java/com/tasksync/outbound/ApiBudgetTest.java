package com.tasksync.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.emulator.org.OrgSettings;
import com.tasksync.support.EngineEmulator;
import com.tasksync.support.SalesforceOrg;
import com.tasksync.support.SalesforceRep;
import com.tasksync.support.SyncTestBase;
import com.tasksync.support.TestUser;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
class ApiBudgetTest extends SyncTestBase {

    private static final Duration SAFETY_POLL = Duration.ofMinutes(5);

    private SalesforceOrg org;
    private TestUser user;
    private SalesforceRep rep;

    @BeforeEach
    void syncingOnASmallAllocation() {
        org = SalesforceOrg.create(OrgSettings.defaults().withDailyApiRequests(1_000));
        rep = org.newRep();
        user = newUser();
        connect(user, rep);
        enable(user);
    }

    @Test
    void holdsWritesOnceTheEngineHasUsedItsShareOfTheDailyAllocation() {
        engineUsedEarlier(200);
        api(user).post("/api/tasks", Map.of("subject", "waits for budget"));
        var before = apiCalls.totals();

        relay();

        assertThat(apiCalls.totals().minus(before).all()).isZero();
        assertThat(relay.pending()).isEqualTo(1);
        assertThat(rep.tasks()).isEmpty();
        assertThat(syncStatus(user).get("problem").get("code").stringValue()).isEqualTo("API_SHARE_USED");
        assertThat(com.tasksync.support.WebSession.signedIn(baseUrl(), user).get("/settings").body())
                .contains("TaskSync has used its share of the org’s daily Salesforce API requests");
    }

    @Test
    void holdsWritesWhenTheOrgsWholeAllocationIsNearlyUsedUp() {
        api(user).post("/api/tasks", Map.of("subject", "first"));
        EngineEmulator.emulator().admin().setApiUsage(org.id(), 960);
        relay();
        api(user).post("/api/tasks", Map.of("subject", "second"));

        relay();

        assertThat(rep.tasks()).extracting(record -> record.string("Subject")).containsExactly("first");
        assertThat(relay.pending()).isEqualTo(1);
        assertThat(syncStatus(user).get("problem").get("code").stringValue()).isEqualTo("ORG_API_NEARLY_USED");
        assertThat(com.tasksync.support.WebSession.signedIn(baseUrl(), user).get("/settings").body())
                .contains("The org has used nearly all of its daily Salesforce API requests");
    }

    @Test
    void holdingBackIsAWarningInTheLogOnceAndCallingAgainANote(
            org.springframework.boot.test.system.CapturedOutput output) {
        api(user).post("/api/tasks", Map.of("subject", "first"));
        EngineEmulator.emulator().admin().setApiUsage(org.id(), 960);
        relay();
        EngineEmulator.emulator().admin().setApiUsage(org.id(), 100);
        api(user).post("/api/tasks", Map.of("subject", "second"));
        clock.stopAt(java.time.Instant.now());
        relay();
        relay();
        var held = "WARN .*Holding back calls to org " + org.id() + ": The org has used nearly all";
        assertThat(output.getOut().lines().filter(line -> line.matches(".*" + held + ".*")))
                .as("one warning while held back").hasSize(1);

        clock.stopAt(clock.instant().plusSeconds(61));
        relay();

        assertThat(output.getOut()).containsPattern("INFO .*Calling org " + org.id() + " again");
    }

    @Test
    void readsTheAllocationAgainAMinuteAfterTheOrgSaidItWasUsedUp() {
        api(user).post("/api/tasks", Map.of("subject", "first"));
        EngineEmulator.emulator().admin().setApiUsage(org.id(), 960); // nearly used up: the engine holds back
        relay();
        // The allocation frees up (the day rolls on), but no answer has said so to this node yet.
        EngineEmulator.emulator().admin().setApiUsage(org.id(), 100);
        api(user).post("/api/tasks", Map.of("subject", "second"));
        clock.stopAt(java.time.Instant.now());
        relay();
        assertThat(relay.pending()).as("a fresh verdict stands").isEqualTo(1);

        clock.stopAt(clock.instant().plusSeconds(61));
        var before = apiCalls.totals();
        relay();

        assertThat(rep.tasks()).extracting(record -> record.string("Subject")).containsExactlyInAnyOrder("first", "second");
        assertThat(relay.pending()).isZero();
        assertThat(apiCalls.totals().minus(before).all()).as("one look at /limits, one write").isEqualTo(2);
    }

    @Test
    void looksAgainAtMostOnceAMinuteWhileTheOrgStaysUsedUp() {
        api(user).post("/api/tasks", Map.of("subject", "first"));
        EngineEmulator.emulator().admin().setApiUsage(org.id(), 960); // nearly used up: the engine holds back
        relay();
        api(user).post("/api/tasks", Map.of("subject", "second"));
        clock.stopAt(java.time.Instant.now().plusSeconds(61));
        var before = apiCalls.totals();

        relay();
        relay();
        poll();

        assertThat(apiCalls.totals().minus(before).all()).as("one look at /limits, nothing else").isEqualTo(1);
        assertThat(relay.pending()).isEqualTo(1);
    }

    @Test
    void pollsAgainOnceTheAllocationFreesUp() {
        EngineEmulator.emulator().admin().setApiUsage(org.id(), 960); // nearly used up: the engine holds back
        poll();
        EngineEmulator.emulator().admin().setApiUsage(org.id(), 100);
        rep.create(SalesforceRep.task("made while TaskSync waited"));
        clock.stopAt(java.time.Instant.now().plusSeconds(61));

        poll();

        assertThat(subjects(user)).contains("made while TaskSync waited");
    }

    @Test
    void pollsAtTheLowBudgetIntervalWhileTheBudgetRunsLow() {
        streamAnswered();
        engineUsedEarlier(170);

        poll();

        // with change events the org is polled only by the safety poll, already longer than the low-budget interval
        assertThat(intervalOf(org)).isEqualTo(READING.equals("events") ? SAFETY_POLL : Duration.ofMinutes(2));
    }

    @Test
    void backsOffWhenIdleAndComesBackWhenChangesArrive() {
        if (READING.equals("events")) {
            // the stream brings the changes: idle or not, the org is polled only by the safety poll
            streamAnswered();
            poll();
            assertThat(intervalOf(org)).isEqualTo(SAFETY_POLL);
            rep.create(SalesforceRep.task("new"));
            poll();
            assertThat(subjects(user)).contains("new");
            assertThat(intervalOf(org)).isEqualTo(SAFETY_POLL);
            return;
        }
        poll();
        assertThat(intervalOf(org)).isEqualTo(Duration.ofSeconds(10));
        poll();
        poll();
        assertThat(intervalOf(org)).as("never longer than 10 s while the budget holds").isEqualTo(Duration.ofSeconds(10));

        rep.create(SalesforceRep.task("new"));
        poll();
        assertThat(intervalOf(org)).isEqualTo(Duration.ofSeconds(5));
    }

    /**
     * With change events, has Salesforce answer the org's stream (an event of a change made for it): until
     * a stream started from new events is answered, its org is polled at the polling pace, not the safety
     * poll's (ChangeStreamTest), and these tests are about the intervals after that.
     */
    private void streamAnswered() {
        if (READING.equals("events")) {
            awaitStreams(); // the stream runs
            rep.create(SalesforceRep.task("answered by the stream"));
            var deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (jdbc.sql("select count(*) from change_stream where org_id = :org and replay_id is not null")
                    .param("org", org.id()).query(Long.class).single() == 0) {
                assertThat(System.nanoTime()).as("the stream never answered").isLessThan(deadline);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            poll();
        }
    }

    /** Calls the engine made to the org earlier today, as another node would have counted them. */
    private void engineUsedEarlier(int calls) {
        jdbc.sql("""
                insert into api_call_count (org_id, hour, calls) values (:org, :hour, :calls)
                on conflict (org_id, hour) do update set calls = api_call_count.calls + excluded.calls
                """).param("org", org.id()).param("calls", calls)
                .param("hour", OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.HOURS).minusHours(1))
                .update();
    }

    private Duration intervalOf(SalesforceOrg org) {
        return Duration.ofMillis(jdbc.sql("select interval_ms from sync_cursor where org_id = :org")
                .param("org", org.id()).query(Long.class).single());
    }
}
