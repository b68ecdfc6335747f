package com.tasksync.inbound.stream;

import static com.tasksync.support.SalesforceRep.task;
import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.connection.IntegrationCheck.Outcome;
import com.tasksync.connection.OrgIntegration;
import com.tasksync.emulator.admin.UserChange;
import com.tasksync.emulator.cdc.ChangeOperation;
import com.tasksync.emulator.data.ApiQueryLog;
import com.tasksync.emulator.data.OrgData;
import com.tasksync.emulator.org.Permission;
import com.tasksync.inbound.ReadingPlan;
import com.tasksync.salesforce.client.record.SObject;
import com.tasksync.support.EngineEmulator;
import com.tasksync.support.IntegrationUsers;
import com.tasksync.support.SalesforceOrg;
import com.tasksync.support.SalesforceRep;
import com.tasksync.support.SyncTestBase;
import com.tasksync.support.TestUser;
import com.tasksync.support.WebSession;
import com.tasksync.sync.OrgReading.Mode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Reading an org through its integration user: the pre-flight check, the org poll, and the change
 * stream over the emulator's real Pub/Sub API (gRPC over TLS), with two reps whose sessions cannot see
 * each other's tasks. The stream runs on its own threads as in production; the polls are stepped.
 */
class ChangeStreamTest extends SyncTestBase {

    private static final Duration ARRIVES = Duration.ofSeconds(10);

    @Autowired
    private ReadingPlan plan;

    @Autowired
    private com.tasksync.inbound.InboundProperties inbound;

    @Autowired
    private com.tasksync.inbound.InboundPolling polling;

    @Autowired
    private com.tasksync.sync.SyncLifecycle lifecycle;

    @Autowired
    private org.springframework.transaction.support.TransactionTemplate transaction;

    @Autowired
    private io.micrometer.core.instrument.MeterRegistry registry;

    private SalesforceOrg org;
    private SalesforceRep firstRep;
    private SalesforceRep secondRep;
    private TestUser first;
    private TestUser second;

    @AfterEach
    void serverTakesSubscriptionsAtOnce() {
        EngineEmulator.emulator().pubSub().subscribeDelay(Duration.ZERO);
    }

    @BeforeEach
    void twoRepsSyncing() {
        jdbc.sql("delete from scheduled_tasks where task_name = 'org-poll'").update();
        org = SalesforceOrg.create();
        firstRep = org.newRep();
        secondRep = org.newRep();
        first = newUser();
        second = newUser();
        connect(first, firstRep);
        connect(second, secondRep);
        enable(first);
        enable(second);
    }

    @Test
    void aCompleteIntegrationUserPassesEveryLineAndTheOrgIsReadByChangeEvents() {
        selectTaskForChangeDataCapture();
        var integration = connectIntegration(Permission.VIEW_ALL_DATA, Permission.VIEW_SETUP);

        assertThat(integration.check().lines()).extracting(line -> line.key() + "=" + line.outcome())
                .contains("api=PASS", "view-all-data=PASS", "change-data-capture=PASS", "external-id=PASS",
                        "api-headroom=PASS", "status-values=PASS", "priority-values=PASS");
        assertThat(integration.readsOrg()).isTrue();
        assertThat(integration.changeEvents()).isTrue();
        assertThat(plan.of(org.id()).mode()).as("no stream runs yet").isEqualTo(Mode.ORG_POLL);

        streams.step();

        until(() -> plan.of(org.id()).mode() == Mode.CHANGE_EVENTS);
        assertThat(streams.runningHere()).contains(org.id());
    }

    @Test
    void withoutViewAllDataTheOrgIsReadWithEachRepsOwnSession() {
        selectTaskForChangeDataCapture();
        var integration = connectIntegration(Permission.VIEW_SETUP);

        assertThat(integration.check().line("view-all-data").outcome()).isEqualTo(Outcome.FAIL);
        assertThat(integration.readsOrg()).isFalse();
        var reading = plan.of(org.id());
        assertThat(reading.mode()).isEqualTo(Mode.USER_POLL);
        assertThat(reading.reason()).contains("View All Data");

        secondRep.create(task("the second rep's own"));
        poll();
        assertThat(subjects(second)).containsExactly("the second rep's own");
    }

    /** Settings tells a rep how their org is read and why; the admin page shows the stream's state. */
    @Test
    void settingsAndTheAdminPageSayHowTheOrgIsReadAndWhy() {
        selectTaskForChangeDataCapture();
        connectIntegration(Permission.VIEW_SETUP);
        var settings = WebSession.signedIn(baseUrl(), first).get("/settings").body();
        assertThat(settings).contains("data-mode=\"USER_POLL\"", "Polling per rep",
                "with the rep&#39;s own sign-in").containsPattern("id=\"reading-reason\"[^>]*>Why: [^<]*View All Data");

        connectIntegration(Permission.VIEW_ALL_DATA, Permission.VIEW_SETUP);
        streams.step();
        until(() -> plan.of(org.id()).mode() == Mode.CHANGE_EVENTS);
        secondRep.create(task("through the stream"));
        until(() -> subjects(second).contains("through the stream"));

        settings = WebSession.signedIn(baseUrl(), second).get("/settings").body();
        assertThat(settings).contains("data-mode=\"CHANGE_EVENTS\"", "Salesforce changes arrive within a second")
                .doesNotContain("id=\"reading-reason\"");
        var admin = WebSession.signedIn(baseUrl(), newUser(java.time.ZoneId.of("UTC"), true))
                .get("/admin/salesforce").body();
        var orgSection = admin.substring(admin.indexOf("id=\"org-" + org.id() + "\""));
        assertThat(orgSection).containsPattern("class=\"stream-state\">live<")
                .containsPattern(streamEvents() + " events? applied");
    }

    @Test
    void withoutChangeDataCaptureTheIntegrationUserPollsOnceForAllReps() {
        var integration = connectIntegration(Permission.VIEW_ALL_DATA, Permission.VIEW_SETUP);
        assertThat(integration.check().line("change-data-capture").outcome()).isEqualTo(Outcome.FAIL);
        assertThat(plan.of(org.id()).mode()).isEqualTo(Mode.ORG_POLL);
        firstRep.create(task("for the first"));
        secondRep.create(task("for the second"));
        var before = queryCalls();

        assertThat(poll()).isEqualTo(2);

        assertThat(queryCalls() - before).as("the reps' own polls stand aside: one query for both").isEqualTo(1);
        assertThat(subjects(first)).containsExactly("for the first");
        assertThat(subjects(second)).containsExactly("for the second");
    }

    @Test
    void anIntegrationConnectedWhileRepsAlreadyPollHasTheOrgPolledForThem() {
        // reps who poll since before the org poll existed have no org poll job
        jdbc.sql("delete from scheduled_tasks where task_name = 'org-poll'").update();
        connectIntegration(Permission.VIEW_ALL_DATA, Permission.VIEW_SETUP);
        secondRep.create(task("read by the org poll"));

        poll();

        assertThat(subjects(second)).containsExactly("read by the org poll");
    }

    @Test
    void aSalesforceChangeArrivesThroughTheStreamWithoutAPoll() {
        streaming();
        var id = secondRep.create(task("made in Salesforce"));

        until(() -> subjects(second).contains("made in Salesforce"));
        secondRep.update(id, SObject.of("Task").with("Subject", "renamed in Salesforce"));
        until(() -> subjects(second).contains("renamed in Salesforce"));
        secondRep.delete(id);
        until(() -> subjects(second).isEmpty());
        assertThat(tasks(second, "trash")).hasSize(1);
        assertThat(subjects(first)).isEmpty();
    }

    /**
     * The stream carries every owner's changes; only those of reps who sync are read, and the integration
     * user's read is not given the others' records either.
     */
    @Test
    void eventsOfOwnersWhoDoNotSyncAreIgnored() {
        streaming();
        var outsider = org.newRep(); // in the org, not in TaskSync
        switchSync(second, false);
        var log = ApiQueryLog.of(org.org());
        var seen = log.entries().size();
        var events = streamEvents();
        var outsiders = outsider.create(task("an outsider's task"));
        var paused = secondRep.create(task("made while the rep's sync is off"));
        firstRep.create(task("the syncing rep's"));

        until(() -> subjects(first).contains("the syncing rep's"));
        until(() -> streamEvents() >= events + 3);
        jobs.runAnyDueExecutions();

        assertThat(subjects(first)).containsExactly("the syncing rep's");
        assertThat(tasks(second, "all")).isEmpty();
        assertThat(log.entries().subList(seen, log.entries().size()))
                .flatExtracting(ApiQueryLog.Entry::recordIds)
                .doesNotContain(outsiders, paused);
    }

    /** With an integration user reading the org, a rep's own changes still go to Salesforce under the rep's session. */
    @Test
    void aRepsWritesGoUnderTheRepsOwnSessionNotTheIntegrationUsers() {
        streaming();
        var created = api(first).post("/api/tasks", Map.of("subject", "written by the rep")).json().get("id").stringValue();
        relay();
        var salesforceId = firstRep.tasks().get(0).id();
        api(first).patch("/api/tasks/" + created, Map.of("subject", "edited by the rep"));
        relay();
        var record = OrgData.of(org.org()).record(salesforceId);
        var integrationUser = integrations.find(org.id()).orElseThrow().salesforceUserId();

        assertThat(record.get("Subject")).isEqualTo("edited by the rep");
        assertThat(record.get("CreatedById")).isEqualTo(firstRep.id()).isNotEqualTo(integrationUser);
        assertThat(record.get("LastModifiedById")).isEqualTo(firstRep.id());
    }

    @Test
    void aStreamDroppedMidBurstResumesAndMissesNothingAndDuplicatesNothing() {
        streaming();
        var made = new java.util.ArrayList<String>();
        for (int i = 0; i < 30; i++) {
            made.add("burst " + i);
            secondRep.create(task("burst " + i));
            if (i == 12) {
                EngineEmulator.emulator().pubSub().dropStreams(org.id());
            }
        }

        until(() -> subjects(second).size() >= 30);

        assertThat(subjects(second)).containsExactlyInAnyOrderElementsOf(made);
        assertThat(secondRep.tasks()).hasSize(30);
    }

    @Test
    void ourOwnWritesComingBackAsEventsAreNotReadAgain() {
        streaming();
        var created = api(first).post("/api/tasks", Map.of("subject", "made in TaskSync")).json();
        relay();
        until(() -> linked(created.get("id").stringValue()));
        var events = streamEvents();
        var before = queryCalls();

        api(first).patch("/api/tasks/" + created.get("id").stringValue(), Map.of("subject", "edited in TaskSync"));
        relay();
        until(() -> streamEvents() > events);

        assertThat(queryCalls() - before).as("the echo costs no read").isZero();
        assertThat(firstRep.tasks()).extracting(t -> t.string("Subject")).containsExactly("edited in TaskSync");
    }

    /**
     * Salesforce sends a gap event in place of a change it cannot detail, and an overflow event in place of
     * the changes past 100,000 in one transaction: the emulator withholds the change's own event and
     * publishes the gap in its place. Polls run only when due, so nothing but the stream brings the change.
     */
    @Test
    void aGapEventHasItsRecordsReadAgain() {
        var id = changedWithoutItsEvent("before the gap", "changed in the gap");
        var events = streamEvents();
        EngineEmulator.emulator().changeDataCapture().injectGap(org.org(), "Task", ChangeOperation.GAP_UPDATE,
                List.of(id));

        until(() -> {
            jobs.runAnyDueExecutions();
            return subjects(second).contains("changed in the gap");
        });
        assertThat(streamEvents()).isEqualTo(events + 1);
    }

    /**
     * With the stream running, a task the second rep made in Salesforce that reached TaskSync, then renamed
     * in a commit whose own change event the emulator withholds (as Salesforce does where it publishes a
     * gap or overflow event instead); returns the record's id.
     */
    private String changedWithoutItsEvent(String subject, String renamed) {
        streaming();
        var id = secondRep.create(task(subject));
        until(() -> subjects(second).contains(subject));
        jobs.runAnyDueExecutions(); // the poll that the stream's first answer asked for
        renamedWithoutItsEvent(id, renamed);
        return id;
    }

    /** Renames the second rep's Salesforce task in a commit whose own change event the emulator withholds. */
    private void renamedWithoutItsEvent(String id, String renamed) {
        var cdc = EngineEmulator.emulator().changeDataCapture();
        cdc.withholdEvents(org.org(), true);
        secondRep.update(id, SObject.of("Task").with("Subject", renamed));
        cdc.withholdEvents(org.org(), false);
    }

    /**
     * A bulk change naming more records than one batch's transaction takes is left to the poll, which
     * reads them page by page from its own watermark; the stream does not read them by id.
     */
    @Test
    void aBatchNamingMoreRecordsThanOneTransactionTakesHasTheOrgPolledForThem() {
        var id = changedWithoutItsEvent("before the bulk change", "changed in bulk");
        var cdc = EngineEmulator.emulator().changeDataCapture();
        jobs.runAnyDueExecutions();
        assertThat(subjects(second)).as("no event, no poll due").containsExactly("before the bulk change");
        var named = new java.util.ArrayList<String>(List.of(id));
        var prefix = id.substring(0, 3); // Task's key prefix; ids of records that do not exist, in Task's form
        for (int i = 0; named.size() <= 1_000; i++) {
            named.add(prefix + "5g0000%07dAAA".formatted(i));
        }
        var log = ApiQueryLog.of(org.org());
        var seen = log.entries().size();
        var events = streamEvents();

        cdc.injectGap(org.org(), "Task", ChangeOperation.GAP_UPDATE, named);

        until(() -> {
            jobs.runAnyDueExecutions();
            return subjects(second).contains("changed in bulk");
        });
        until(() -> streamEvents() >= events + 1);
        assertThat(log.entries().subList(seen, log.entries().size())).as("no read by id")
                .noneMatch(entry -> entry.soql().contains("WHERE Id IN"));
    }

    @Test
    void anOverflowEventHasTheOrgPolledForWhatItLeftOut() {
        streaming();
        secondRep.create(task("through the stream"));
        until(() -> subjects(second).contains("through the stream"));
        jobs.runAnyDueExecutions(); // the poll that the stream's first answer asked for
        var cdc = EngineEmulator.emulator().changeDataCapture();
        cdc.withholdEvents(org.org(), true);
        secondRep.create(task("lost in the overflow"));
        cdc.withholdEvents(org.org(), false);
        jobs.runAnyDueExecutions();
        assertThat(subjects(second)).as("no event, no poll due").containsExactly("through the stream");

        cdc.injectGap(org.org(), "Task", ChangeOperation.GAP_OVERFLOW, List.of());

        until(() -> {
            jobs.runAnyDueExecutions();
            return subjects(second).contains("lost in the overflow");
        });
    }

    @Test
    void aReplayIdPastRetentionStartsFromNewEventsAndPollsForWhatCameBefore() {
        streaming();
        streams.stopAll();
        jdbc.sql("update change_stream set replay_id = :bogus where org_id = :org")
                .param("bogus", new byte[] {0, 0, 0, 0, 0, 0, 0, 1}).param("org", org.id()).update();
        secondRep.create(task("while nobody listened"));

        streams.step();
        until(() -> {
            jobs.runAnyDueExecutions();
            return subjects(second).contains("while nobody listened");
        });
        until(() -> String.valueOf(streamDetail()).startsWith("Started with new events"));
        var after = secondRep.create(task("after the restart"));
        until(() -> subjects(second).contains("after the restart"));
        assertThat(after).isNotBlank();
    }

    /**
     * Nothing tells a subscriber when the server has taken a subscription from new events, so the stream
     * goes live after a settle time; a server slower than that has not sent what changed in between. The
     * first answer the stream gets has the org polled for it, instead of leaving it to the safety poll.
     */
    @Test
    void aSubscriptionTheServerTakesAfterTheSettleTimeHasTheOrgPolledOnItsFirstAnswer() {
        var pubSub = startedFromNewEventsTakenAfter(Duration.ofSeconds(6));
        assertThat(pubSub.openStreams(org.id())).as("streams the server has taken").isZero();
        secondRep.create(task("before the server took the subscription"));
        until(() -> pubSub.openStreams(org.id()) == 1);
        secondRep.create(task("after"));
        until(() -> subjects(second).contains("after"));

        assertThat(Duration.between(clock.instant(), nextOrgPoll())).as("the next poll of the org")
                .isLessThanOrEqualTo(inbound.maxPollInterval());
        pollOrg();
        assertThat(subjects(second)).contains("before the server took the subscription", "after");
    }

    /**
     * The server may take a subscription from new events later than the settle time, and says nothing
     * until it has an event or a keepalive (270 s) to send: a change made in between comes as no event.
     * Until that first answer the org is polled at the polling pace, not the safety poll's.
     */
    @Test
    void untilSalesforceAnswersAStreamStartedFromNewEventsTheOrgIsPolledAtThePollingPace() {
        var pubSub = startedFromNewEventsTakenAfter(Duration.ofSeconds(60));
        assertThat(Duration.between(clock.instant(), nextOrgPoll())).as("the next poll of the org, no answer yet")
                .isLessThanOrEqualTo(inbound.maxPollInterval());

        secondRep.create(task("while the server had not taken the subscription"));
        pollOrg();

        assertThat(pubSub.openStreams(org.id())).as("streams the server has taken").isZero();
        assertThat(subjects(second)).contains("while the server had not taken the subscription");
        assertThat(Duration.between(clock.instant(), nextOrgPoll())).as("still no answer")
                .isLessThanOrEqualTo(inbound.maxPollInterval());
    }

    @Test
    void aStreamWhoseNodeDiedIsTakenOverFromItsStoredReplayId() {
        streaming();
        var id = secondRep.create(task("seen by the first node"));
        until(() -> subjects(second).contains("seen by the first node"));
        streams.stopAll();
        // another node held it and died: its lease ran out without a release
        jdbc.sql("update change_stream set holder = 'node-dead', state = 'live', lease_until = clock_timestamp()"
                + " - interval '1 second' where org_id = :org").param("org", org.id()).update();
        secondRep.update(id, SObject.of("Task").with("Subject", "changed while the node was dead"));

        streams.step();

        until(() -> subjects(second).contains("changed while the node was dead"));
        assertThat(streams.runningHere()).contains(org.id());
    }

    /**
     * The records a batch of events names and the replay id after them commit together: a node that
     * lost its lease while the batch was on its way keeps none of it (its write of the replay id is
     * fenced, and takes the applied changes back with it), and the node that holds the stream next
     * replays the batch from the replay id stored before it.
     */
    @Test
    void aNodeThatLostItsLeaseKeepsNothingOfTheBatchItWasApplyingAndTheNextHolderReplaysIt() {
        streaming();
        var id = secondRep.create(task("seen before the lease was lost"));
        until(() -> subjects(second).contains("seen before the lease was lost"));
        var storedBefore = storedReplayId();
        // another node took the stream over (this one has not renewed its lease since)
        jdbc.sql("update change_stream set holder = 'node-other', lease_until = clock_timestamp() + interval '1 hour'"
                + " where org_id = :org").param("org", org.id()).update();
        var log = ApiQueryLog.of(org.org());
        var seen = log.entries().size();

        secondRep.update(id, SObject.of("Task").with("Subject", "changed after the lease was lost"));
        until(() -> log.entries().subList(seen, log.entries().size()).stream()
                .anyMatch(entry -> entry.recordIds().contains(id)));
        until(() -> EngineEmulator.emulator().pubSub().openStreams(org.id()) == 0);

        assertThat(subjects(second)).containsExactly("seen before the lease was lost");
        assertThat(storedReplayId()).isEqualTo(storedBefore);

        // the other node dies without releasing the stream; this one takes it back
        jdbc.sql("update change_stream set lease_until = clock_timestamp() - interval '1 second' where org_id = :org")
                .param("org", org.id()).update();
        streams.step();
        streams.step();
        until(() -> subjects(second).contains("changed after the lease was lost"));
        assertThat(tasks(second, "all")).hasSize(1);
    }

    /**
     * A record that cannot be applied, read because of an event, is set aside under a savepoint of the
     * batch's transaction; the others of the batch come in and the replay id moves past them all.
     */
    @Test
    void aRecordTheStreamCannotApplyIsSetAsideAndTheRestOfItsBatchComesIn() {
        streaming();
        com.tasksync.support.RefusedSubject.refuse(jdbc, "cannot be stored");
        try {
            var log = ApiQueryLog.of(org.org());
            var seen = log.entries().size();
            var events = streamEvents();
            var ids = List.of(secondRep.create(task("first good one")), secondRep.create(task("cannot be stored")),
                    secondRep.create(task("second good one")));
            var bad = ids.get(1);

            until(() -> subjects(second).containsAll(List.of("first good one", "second good one")));
            until(() -> streamEvents() >= events + 3);

            assertThat(subjects(second)).containsExactlyInAnyOrder("first good one", "second good one");
            var setAside = api(second).get("/api/sync/set-aside").json();
            assertThat(setAside.get("totalItems").intValue()).isEqualTo(1);
            assertThat(setAside.get("items").get(0).get("salesforceId").stringValue()).isEqualTo(bad);
            assertThat(log.entries().subList(seen, log.entries().size()))
                    .as("the stream read the records by id")
                    .filteredOn(entry -> entry.soql().contains("WHERE Id IN"))
                    .flatExtracting(ApiQueryLog.Entry::recordIds).containsAll(ids);

            secondRep.create(task("made later"));
            until(() -> subjects(second).contains("made later"));
        } finally {
            com.tasksync.support.RefusedSubject.drop(jdbc);
        }
    }

    @Test
    void losingViewAllDataFallsBackToEachRepsSessionAndReadsTheGapAgain() {
        streaming();
        var integrationUser = integrations.find(org.id()).orElseThrow().salesforceUserId();
        EngineEmulator.emulator().admin().updateUser(org.id(), integrationUser,
                UserChange.none().permit(Permission.VIEW_ALL_DATA, false));
        streams.stopAll();
        secondRep.create(task("made after the permission went"));

        integrations.check(org.id());
        assertThat(plan.of(org.id()).mode()).isEqualTo(Mode.USER_POLL);
        poll();

        assertThat(subjects(second)).containsExactly("made after the permission went");
        streams.step();
        assertThat(streams.runningHere()).doesNotContain(org.id());
    }

    private java.time.Instant nextOrgPoll() {
        return jdbc.sql("select execution_time from scheduled_tasks where task_name = 'org-poll' and task_instance = :org")
                .param("org", org.id()).query(java.sql.Timestamp.class).single().toInstant();
    }

    @Test
    void aPollThatLeftARecordToALaterReadPollsAgainSoonRatherThanAtTheSafetyInterval() {
        streaming();
        var taskId = api(second).post("/api/tasks", Map.of("subject", "made in TaskSync")).json().get("id").stringValue();
        relay();
        var salesforceId = secondRep.tasks().get(0).id();
        // a write of ours to that record is in flight (started just now, no answer yet) while Salesforce changes it
        jdbc.sql("update task_link set write_started_at = clock_timestamp(), write_finished_at = null"
                + " where task_id = cast(:id as uuid)").param("id", taskId).update();
        secondRep.update(salesforceId, SObject.of("Task").with("Description", "typed in Salesforce"));
        // the stream reads the change too, and also leaves it (asking for a poll now): waiting for it keeps that
        // late request from racing the polls below
        awaitStreams();

        pollOrg();

        var next = nextOrgPoll();
        assertThat(Duration.between(clock.instant(), next)).as("the next poll of the org")
                .isLessThanOrEqualTo(inbound.maxPollInterval());
        jdbc.sql("update task_link set write_finished_at = clock_timestamp() where task_id = cast(:id as uuid)")
                .param("id", taskId).update();
        pollOrg();
        assertThat(api(second).get("/api/tasks/" + taskId).json().get("description").stringValue())
                .isEqualTo("typed in Salesforce");
        var safety = nextOrgPoll();
        assertThat(Duration.between(clock.instant(), safety)).as("then the safety poll")
                .isGreaterThan(Duration.ofMinutes(1));
    }

    /**
     * The stream passes over the changes of a rep who is not live yet. A change made in Salesforce after a
     * first sync read it and before that sync went live is read by the org's poll, which then runs at once
     * instead of at its safety interval minutes away (a torture run: a rep switched sync off and on while
     * the org streamed; a Salesforce edit made during the first sync stayed out of TaskSync).
     */
    @Test
    void aChangeMadeWhileARepsFirstSyncRanReachesTheRepWithoutWaitingForTheSafetyPoll() {
        streaming();
        var id = secondRep.create(task("made in Salesforce"));
        until(() -> subjects(second).contains("made in Salesforce"));
        pollOrg(); // the poll the stream's first answer asked for
        switchSync(second, false);
        // sync on again: its first sync has read Salesforce and is about to go live
        jdbc.sql("delete from scheduled_tasks where task_name = 'first-sync'").update();
        jdbc.sql("update sync_setting set enabled = true where user_id = :id").param("id", second.id()).update();
        var enabledAt = clock.instant();
        assertThat(Duration.between(clock.instant(), nextOrgPoll())).as("the org's next poll, the safety poll")
                .isGreaterThan(Duration.ofMinutes(1));
        secondRep.update(id, SObject.of("Task").with("Subject", "renamed while the first sync ran"));
        awaitStreams();
        assertThat(subjects(second)).doesNotContain("renamed while the first sync ran");

        transaction.executeWithoutResult(status -> {
            polling.start(second.id(), org.id(), enabledAt);
            lifecycle.syncing(second.id(), clock.instant());
        });

        assertThat(nextOrgPoll()).as("the org's next poll").isBeforeOrEqualTo(clock.instant());
        jobs.runAnyDueExecutions();
        assertThat(subjects(second)).contains("renamed while the first sync ran");
    }

    /** Going live while the org's poll reads (it cannot be moved then): that poll looks again soon, not at the safety interval. */
    @Test
    void aRepGoingLiveWhileTheOrgsPollReadsHasTheOrgPolledAgainSoon() throws Exception {
        streaming();
        switchSync(second, false);
        jdbc.sql("delete from scheduled_tasks where task_name = 'first-sync'").update();
        jdbc.sql("update sync_setting set enabled = true where user_id = :id").param("id", second.id()).update();
        var enabledAt = clock.instant();
        var queriesBefore = queryAllCalls();
        var slow = EngineEmulator.emulator().faults().add(
                com.tasksync.emulator.admin.FaultSpec.latency("GET", "/services/data/*/queryAll", 3000));
        try {
            var poll = java.util.concurrent.CompletableFuture.runAsync(this::pollOrg, threads);
            // the poll has chosen whom it reads for and waits for Salesforce's answer
            until(() -> queryAllCalls() > queriesBefore);
            transaction.executeWithoutResult(status -> {
                polling.start(second.id(), org.id(), enabledAt);
                lifecycle.syncing(second.id(), clock.instant());
            });
            poll.get(30, java.util.concurrent.TimeUnit.SECONDS);
        } finally {
            EngineEmulator.emulator().faults().remove(slow.id());
        }

        assertThat(Duration.between(clock.instant(), nextOrgPoll())).as("the org's next poll")
                .isLessThanOrEqualTo(inbound.maxPollInterval());
    }

    private long queryAllCalls() {
        return EngineEmulator.emulator().callCounts().ofOrg(org.id()).entrySet().stream()
                .filter(entry -> entry.getKey().contains("queryAll")).mapToLong(java.util.Map.Entry::getValue).sum();
    }

    /**
     * What the safety poll behind a live stream takes in, the stream had not brought: admins see how many
     * such changes and when the last came, on the Salesforce page and as a gauge. A poll the stream asked
     * for early (as after its settle time) counts nothing, even when it comes as long after the last poll as
     * the safety poll would (a rep going live after minutes, say), nor does a change made so shortly before
     * the poll that its event may still be on its way, nor a change the stream brought when the safety poll
     * reads it again.
     */
    @Test
    void changesTheSafetyPollTakesInBehindALiveStreamAreCountedAsMissedByIt() {
        var id = changedWithoutItsEvent("brought by the stream", "changed without its event");
        assertThat(Duration.between(clock.instant(), nextOrgPoll())).as("the safety poll is next")
                .isGreaterThan(Duration.ofMinutes(1));
        pollOrg(); // asked for before its time
        assertThat(subjects(second)).containsExactly("changed without its event");
        assertThat(missedByTheStream()).as("a poll asked for early").isZero();

        renamedWithoutItsEvent(id, "changed late without its event");
        safetyIntervalPassed();
        polling.pollOrgNow(org.id()); // asked for as a rep going live asks, when the safety poll is due anyway
        jobs.runAnyDueExecutions();
        assertThat(subjects(second)).containsExactly("changed late without its event");
        assertThat(missedByTheStream()).as("a poll asked for, at the safety poll's time").isZero();

        renamedWithoutItsEvent(id, "changed just before the safety poll");
        EngineEmulator.emulator().clock().advance(Duration.ofSeconds(10)); // its event may be on the way still
        safetyIntervalPassed();
        pollOrg();
        assertThat(subjects(second)).containsExactly("changed just before the safety poll");
        assertThat(missedByTheStream()).as("a change whose event may still be on its way").isZero();

        renamedWithoutItsEvent(id, "changed again without its event");
        // Salesforce's clock moves on past an event's delivery time before the safety poll reads the change
        EngineEmulator.emulator().clock().advance(Duration.ofSeconds(45));
        safetyIntervalPassed();
        pollOrg();

        assertThat(subjects(second)).containsExactly("changed again without its event");
        assertThat(missedByTheStream()).isEqualTo(1);
        streams.step();
        assertThat(new com.tasksync.support.Meters(registry).gauge("tasksync.sync.stream.missed", "org", org.id()))
                .isEqualTo(1.0);
        var admin = WebSession.signedIn(baseUrl(), newUser(java.time.ZoneId.of("UTC"), true))
                .get("/admin/salesforce").body();
        assertThat(admin.substring(admin.indexOf("id=\"org-" + org.id() + "\"")))
                .containsPattern("class=\"stream-missed\">The safety poll found 1 change the stream had not brought,"
                        + " the last at [^<]+\\. If this keeps growing");

        secondRep.update(id, SObject.of("Task").with("Subject", "renamed through the stream"));
        until(() -> subjects(second).contains("renamed through the stream"));
        safetyIntervalPassed();
        pollOrg();
        assertThat(missedByTheStream()).as("brought by the stream, read again by the safety poll").isEqualTo(1);
    }

    /** As if the safety interval had passed since the org's last poll (and since any earlier ask for one). */
    private void safetyIntervalPassed() {
        jdbc.sql("""
                update sync_cursor set last_polled_at = last_polled_at - interval '5 minutes' where org_id = :org
                """).param("org", org.id()).update();
        jdbc.sql("update change_stream set poll_asked_at = poll_asked_at - interval '5 minutes' where org_id = :org")
                .param("org", org.id()).update();
    }

    private long missedByTheStream() {
        return jdbc.sql("select missed from change_stream where org_id = :org").param("org", org.id())
                .query(Long.class).single();
    }

    @Test
    void eachOrgsStreamStateAndTheEventsItAppliedAreGauges() {
        streaming();
        var id = secondRep.create(task("made in Salesforce"));
        until(() -> subjects(second).contains("made in Salesforce"));
        secondRep.update(id, SObject.of("Task").with("Subject", "renamed in Salesforce"));
        until(() -> subjects(second).contains("renamed in Salesforce"));
        until(() -> streamEvents() >= 2);

        streams.step();

        var meters = new com.tasksync.support.Meters(registry);
        assertThat(meters.gauge("tasksync.sync.stream.state", "org", org.id(), "state", "live")).isEqualTo(1.0);
        assertThat(meters.gauge("tasksync.sync.stream.events", "org", org.id())).isEqualTo((double) streamEvents());
    }

    // ---- helpers

    private static void until(java.util.function.BooleanSupplier condition) {
        var deadline = System.nanoTime() + ARRIVES.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + ARRIVES);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private void streaming() {
        selectTaskForChangeDataCapture();
        connectIntegration(Permission.VIEW_ALL_DATA, Permission.VIEW_SETUP);
        streams.step();
        until(() -> plan.of(org.id()).mode() == Mode.CHANGE_EVENTS);
        pollOrg();
    }

    /**
     * Has the org's stream start from new events on a server that takes the subscription only
     * {@code delay} after it is asked (reset after each test), and runs the poll the settle asks for.
     */
    private com.tasksync.emulator.pubsub.PubSubServer startedFromNewEventsTakenAfter(Duration delay) {
        var pubSub = EngineEmulator.emulator().pubSub();
        pubSub.subscribeDelay(delay);
        streaming();
        until(() -> String.valueOf(streamDetail()).startsWith("Started with new events"));
        pollOrg();
        return pubSub;
    }

    private void selectTaskForChangeDataCapture() {
        EngineEmulator.emulator().changeDataCapture().updateSettings(org.org(),
                cdc -> cdc.withSelectedEntities(Set.of("Task")));
    }

    private OrgIntegration connectIntegration(Permission... permissions) {
        return IntegrationUsers.connect(integrations, EngineEmulator.emulator(), EngineEmulator.baseUrl(), org.id(),
                "integration-" + System.nanoTime() + "@engine.example", permissions);
    }

    private void pollOrg() {
        jdbc.sql("update scheduled_tasks set execution_time = :past where task_name = 'org-poll'")
                .param("past", java.sql.Timestamp.from(clock.instant().minusSeconds(86_400))).update();
        jobs.runAnyDueExecutions();
    }

    private boolean linked(String taskId) {
        return jdbc.sql("select count(*) from task_link where task_id = cast(:id as uuid) and salesforce_id is not null")
                .param("id", taskId).query(Long.class).single() > 0;
    }

    private String streamDetail() {
        return jdbc.sql("select detail from change_stream where org_id = :org").param("org", org.id())
                .query(String.class).optional().orElse(null);
    }

    private byte[] storedReplayId() {
        return jdbc.sql("select replay_id from change_stream where org_id = :org").param("org", org.id())
                .query((rs, row) -> rs.getBytes(1)).single();
    }

    private long streamEvents() {
        return jdbc.sql("select coalesce(max(events), 0) from change_stream where org_id = :org")
                .param("org", org.id()).query(Long.class).single();
    }

    private long queryCalls() {
        return EngineEmulator.emulator().callCounts().ofOrg(org.id()).entrySet().stream()
                .filter(entry -> entry.getKey().contains("query"))
                .mapToLong(Map.Entry::getValue).sum();
    }
}
