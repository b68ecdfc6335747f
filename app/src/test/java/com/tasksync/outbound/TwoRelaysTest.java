package com.tasksync.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.system.NodeName;
import com.tasksync.connection.SalesforceClients;
import com.tasksync.links.TaskLinks;
import com.tasksync.emulator.org.OrgSettings;
import com.tasksync.emulator.admin.FaultSpec;
import com.tasksync.support.EngineEmulator;
import com.tasksync.support.SalesforceOrg;
import com.tasksync.support.SyncTestBase;
import com.tasksync.task.SyncedTaskWrites;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class TwoRelaysTest extends SyncTestBase {

    @Autowired OutboxRepository outbox;
    @Autowired TaskLinks links;
    @Autowired SyncedTaskWrites tasks;
    @Autowired SalesforceClients clients;
    @Autowired OutboundSender sender;
    @Autowired OutboundResults results;
    @Autowired RelayTrouble trouble;
    @Autowired OutboxRelay.Guard guard;
    @Autowired OutboundSettings settings;

    @Test
    void twoRelaysOnOneDatabaseWriteNoTaskTwice() throws Exception {
        var org = SalesforceOrg.create(OrgSettings.defaults().withTaskSyncIdField(false));
        var rep = org.newRep();
        var user = newUser();
        connect(user, rep);
        enable(user);
        for (int i = 0; i < 600; i++) {
            api(user).post("/api/tasks", Map.of("subject", "task " + i));
        }
        var otherNode = new OutboxClaims(outbox, tasks, links, new NodeName("node"), settings);
        var other = new OutboxRelay(otherNode, clients, sender, results, trouble, apiCalls, guard);

        var pool = Executors.newFixedThreadPool(2);
        try {
            var first = pool.submit(drain(relay));
            var second = pool.submit(drain(other));
            assertThat(first.get() + second.get()).isEqualTo(600);
        } finally {
            pool.shutdown();
        }

        assertThat(rep.tasks()).hasSize(600);
        assertThat(rep.tasks()).extracting(record -> record.string("Subject")).doesNotHaveDuplicates();
    }

    /**
     * A relay's claim runs out while its write is still on its way (slow answers, retries): another relay
     * claims the entry, and may decide from the last synced values, which the late write has not updated
     * yet, that nothing is left to send. The late write then lands and leaves Salesforce behind TaskSync,
     * while the task said synced (a torture run ended so: completed in Salesforce, reopened in TaskSync).
     * Here the second relay runs while the first one's update waits on a slow Salesforce.
     */
    @Test
    void aWriteThatLandsAfterItsClaimRanOutIsFollowedByTheChangeItMissed() throws Exception {
        var syncing = startSyncing();
        var user = syncing.user();
        var rep = syncing.rep();
        var task = api(user).post("/api/tasks", Map.of("subject", "Call Jane")).json();
        var path = "/api/tasks/" + task.get("id").stringValue();
        relay();
        var id = rep.tasks().get(0).id();

        api(user).post(path + "/complete", null);
        var slow = EngineEmulator.emulator().faults().add(FaultSpec.latency("PATCH", "/services/data/*/composite/sobjects", 3000));
        var pool = Executors.newSingleThreadExecutor();
        try {
            var late = pool.submit(() -> relay.relayOnce()); // sends "completed", answered in 3 s
            awaitWriteInFlight(task.get("id").stringValue());
            api(user).post(path + "/reopen", null);
            clock.stopAt(java.time.Instant.now().plus(settings.properties().claimLease()).plusSeconds(1));
            EngineEmulator.emulator().faults().remove(slow.id());
            assertThat(relay.relayOnce()).as("the second relay takes the entry whose claim ran out").isEqualTo(1);
            assertThat(late.get(30, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(1);
            relay(); // still at the moved clock, at which the late write was recorded
        } finally {
            pool.shutdown();
            clock.release();
        }

        assertThat(rep.find(id).orElseThrow().bool("IsClosed")).as("Salesforce, after the late write").isFalse();
        var now = api(user).get(path).json();
        assertThat(now.get("status").stringValue()).isEqualTo("open");
        assertThat(now.get("syncState").stringValue()).isEqualTo("synced");
    }

    private void awaitWriteInFlight(String taskId) throws InterruptedException {
        var deadline = System.nanoTime() + java.time.Duration.ofSeconds(10).toNanos();
        while (jdbc.sql("select count(*) from task_link where task_id = :id and write_started_at is not null"
                + " and write_finished_at is null")
                .param("id", java.util.UUID.fromString(taskId)).query(Integer.class).single() == 0) {
            assertThat(System.nanoTime()).as("the first relay's write left").isLessThan(deadline);
            Thread.sleep(10);
        }
    }

    private static Callable<Integer> drain(OutboxRelay relay) {
        return () -> {
            var total = 0;
            for (int handled = relay.relayOnce(); handled > 0; handled = relay.relayOnce()) {
                total += handled;
            }
            return total;
        };
    }
}
