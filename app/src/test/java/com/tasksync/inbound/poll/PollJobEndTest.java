package com.tasksync.inbound.poll;

import static com.tasksync.support.SalesforceRep.task;
import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.inbound.InboundPolling;
import com.tasksync.support.Latches;
import com.tasksync.support.SyncTestBase;
import com.tasksync.sync.SyncLifecycle;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A poll that finds its rep no longer syncing ends its job; a first sync that finishes while that poll
 * runs starts the job with "schedule if none exists", which sees the running one. The end must not win:
 * the rep's Salesforce changes would never be read again while Settings said "syncing" (a torture run
 * with a rep who switched sync off and on again ended so). The first sync's last transaction is held
 * open here while the poll runs, which is exactly the interleaving two nodes can produce.
 */
class PollJobEndTest extends SyncTestBase {

    @Autowired
    private InboundPolling polling;

    @Autowired
    private SyncLifecycle states;

    @Autowired
    private TransactionTemplate transaction;

    @ParameterizedTest
    @ValueSource(strings = {"user-poll", "org-poll"})
    void aPollEndingItsJobWhileAFirstSyncFinishesLeavesTheJobRunning(String job) throws Exception {
        var syncing = startSyncing();
        var userId = syncing.user().id();
        var orgId = syncing.org().id();
        var instance = job.equals("user-poll") ? userId.toString() : orgId;
        switchSync(syncing.user(), false);
        jdbc.sql("delete from scheduled_tasks where task_name = 'first-sync'").update();
        jdbc.sql("update sync_setting set enabled = true where user_id = :id").param("id", userId).update();

        if (job.equals("org-poll")) {
            // The first sync moves an org poll that waits to now (InboundPolling.start), which keeps the poll from
            // being picked until it commits; the race left is with an org poll that runs already, picked by a node.
            setPicked(job, instance, true);
        }
        // The first sync's last transaction, held open: polling starts and the rep goes live, not yet committed.
        var started = new CountDownLatch(1);
        var commit = new CountDownLatch(1);
        var firstSyncEnd = CompletableFuture.runAsync(() -> transaction.executeWithoutResult(status -> {
            polling.start(userId, orgId, clock.instant());
            states.syncing(userId, clock.instant());
            started.countDown();
            Latches.await(commit, "let the first sync commit");
        }), threads);
        assertThat(started.await(20, TimeUnit.SECONDS)).isTrue();
        assertThat(jobExists(job, instance)).as("the poll job was still there when the first sync started it").isTrue();
        if (job.equals("org-poll")) {
            setPicked(job, instance, false); // here the picked poll runs, in this test's scheduler
        }

        // Meanwhile the poll runs: it sees the rep not (yet) syncing, and ends its job.
        makeDue(job, instance);
        var poll = CompletableFuture.runAsync(() -> jobs.runAnyDueExecutions(), threads);
        var deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!poll.isDone() && !waitingForAdvisoryLock() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(poll.isDone()).as("the poll ending its job waits for the first sync's transaction").isFalse();
        commit.countDown();
        firstSyncEnd.get(20, TimeUnit.SECONDS);
        poll.get(20, TimeUnit.SECONDS);

        assertThat(jobExists(job, instance)).as("the %s job after the first sync committed", job).isTrue();
        var id = syncing.rep().create(task("Made in Salesforce after sync came back on"));
        poll();
        assertThat(tasks(syncing.user(), "all")).extracting(item -> item.get("salesforceId").stringValue())
                .containsExactly(id);
    }

    private void setPicked(String job, String instance, boolean picked) {
        jdbc.sql("""
                update scheduled_tasks set picked = :picked, picked_by = :by, last_heartbeat = :at
                where task_name = :job and task_instance = :instance
                """).param("picked", picked).param("by", picked ? "another node" : null)
                .param("at", picked ? java.sql.Timestamp.from(clock.instant()) : null)
                .param("job", job).param("instance", instance).update();
    }

    private boolean jobExists(String job, String instance) {
        return jdbc.sql("select count(*) from scheduled_tasks where task_name = :job and task_instance = :instance")
                .param("job", job).param("instance", instance).query(Integer.class).single() == 1;
    }

    private void makeDue(String job, String instance) {
        jdbc.sql("update scheduled_tasks set execution_time = :past where task_name = :job and task_instance = :instance")
                .param("past", java.sql.Timestamp.from(clock.instant().minusSeconds(60))).param("job", job)
                .param("instance", instance).update();
    }

    private boolean waitingForAdvisoryLock() {
        return jdbc.sql("select count(*) from pg_locks where locktype = 'advisory' and not granted")
                .query(Integer.class).single() > 0;
    }
}
