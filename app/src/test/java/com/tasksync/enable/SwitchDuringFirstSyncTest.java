package com.tasksync.enable;

import static com.tasksync.support.SalesforceRep.task;
import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.emulator.admin.FaultSpec;
import com.tasksync.support.EngineEmulator;
import com.tasksync.support.Latches;
import com.tasksync.support.SyncTestBase;
import com.tasksync.sync.SyncLifecycle;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The rep switches sync off and on while a first sync runs. That switch finds the job running and cannot
 * move it, so the running job must not go live with the old switch's window, and must not end without
 * the new switch's first sync having run.
 */
class SwitchDuringFirstSyncTest extends SyncTestBase {

    @Autowired
    private SyncLifecycle states;

    @Autowired
    private TransactionTemplate transaction;

    @Autowired
    private com.tasksync.sync.SyncSettings settings;

    @Test
    void aFirstSyncOverTakenBySwitchingOffAndOnDoesNotGoLiveAndTheNewSwitchsFirstSyncRuns() throws Exception {
        var org = com.tasksync.support.SalesforceOrg.create();
        var rep = org.newRep();
        var user = newUser();
        connect(user, rep);
        rep.create(task("Made before sync"));
        var slow = EngineEmulator.emulator().faults().add(FaultSpec.latency("GET", "/services/data/*/query*", 1000));
        switchSync(user, true);

        var running = CompletableFuture.supplyAsync(this::firstSync, threads);
        awaitWindowSaved(user.id()); // the job has decided its window and is reading Salesforce (slowly)
        transaction.executeWithoutResult(status -> { // what two clicks on the switch do
            settings.switchTo(user.id(), false);
            settings.switchTo(user.id(), true); // finds the job running: it cannot start another
        });
        EngineEmulator.emulator().faults().remove(slow.id());
        running.get(60, TimeUnit.SECONDS);

        assertThat(firstSync()).as("the job runs again for the new switch").isEqualTo(1);
        assertThat(syncStatus(user).get("state").stringValue()).isEqualTo("syncing");
        assertThat(jdbc.sql("""
                select a.enabled_at = s.enabled_at from sync_account a join sync_setting s on s.user_id = a.user_id
                where a.user_id = :id""").param("id", user.id()).query(Boolean.class).single())
                .as("the window the sync went live with is the switch's that stands").isTrue();
        var later = rep.create(task("Made after sync came back on"));
        poll();
        assertThat(tasks(user, "all")).extracting(item -> item.get("salesforceId").stringValue()).contains(later);
    }

    /**
     * A first sync that ends while a switch is being saved: the switch's transaction holds the setting row
     * and has tried to schedule the (running) job; the job, ending, waits for that row, then sees a first
     * sync waiting and runs again instead of ending.
     */
    @Test
    void aFirstSyncJobEndingWhileTheRepSwitchesSyncOnAgainRunsAgain() throws Exception {
        var org = com.tasksync.support.SalesforceOrg.create();
        var rep = org.newRep();
        var user = newUser();
        connect(user, rep);
        switchSync(user, true);
        switchSync(user, false); // the job is still there, due: it finds nothing waiting when it runs

        var locked = new CountDownLatch(1);
        var commit = new CountDownLatch(1);
        var switchedOn = CompletableFuture.runAsync(() -> transaction.executeWithoutResult(status -> {
            states.lockWaitingForFirstSync(user.id());
            locked.countDown();
            Latches.await(commit, "let the switch commit");
            settings.switchTo(user.id(), true); // what the API does, inside this transaction
        }), threads);
        assertThat(locked.await(20, TimeUnit.SECONDS)).isTrue();
        var job = CompletableFuture.supplyAsync(this::firstSync, threads);
        var deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!job.isDone() && !waitingForRowLock() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(job.isDone()).as("the ending job waits for the switch being saved").isFalse();
        commit.countDown();
        switchedOn.get(30, TimeUnit.SECONDS);
        job.get(30, TimeUnit.SECONDS);

        assertThat(firstSync()).as("the switch's first sync runs").isEqualTo(1);
        assertThat(syncStatus(user).get("state").stringValue()).isEqualTo("syncing");
    }

    private void awaitWindowSaved(java.util.UUID userId) throws InterruptedException {
        var deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (jdbc.sql("select count(*) from sync_account where user_id = :id and enabled_at is not null")
                .param("id", userId).query(Integer.class).single() == 0) {
            assertThat(System.nanoTime()).as("the first sync started").isLessThan(deadline);
            Thread.sleep(10);
        }
    }

    private boolean waitingForRowLock() {
        return jdbc.sql("select count(*) from pg_locks where locktype in ('transactionid', 'tuple') and not granted")
                .query(Integer.class).single() > 0;
    }
}
