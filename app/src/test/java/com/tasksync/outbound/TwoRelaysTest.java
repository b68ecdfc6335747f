package com.tasksync.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.connection.ApiBudget;
import com.tasksync.connection.ApiCalls;
import com.tasksync.system.NodeName;
import com.tasksync.connection.SalesforceClients;
import com.tasksync.sync.SyncLifecycle;
import com.tasksync.links.TaskLinks;
import com.tasksync.emulator.org.OrgSettings;
import com.tasksync.support.SalesforceOrg;
import com.tasksync.sync.SyncProblems;
import com.tasksync.support.SyncTestBase;
import com.tasksync.task.SyncedTaskWrites;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

class TwoRelaysTest extends SyncTestBase {

    @Autowired OutboxRepository outbox;
    @Autowired TaskLinks links;
    @Autowired SyncedTaskWrites tasks;
    @Autowired SalesforceClients clients;
    @Autowired OutboundSender sender;
    @Autowired OutboundResults results;
    @Autowired ApiBudget budget;
    @Autowired TransactionTemplate transaction;
    @Autowired OutboundProperties properties;
    @Autowired SyncProblems problems;
    @Autowired SyncLifecycle states;
    @Autowired Clock clock;

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
        var other = new OutboxRelay(outbox, links, tasks, clients, sender, results, budget, apiCalls, problems,
                states, transaction, properties, new NodeName(), clock);

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
