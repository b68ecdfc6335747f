package com.tasksync.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.system.NodeName;
import com.tasksync.connection.SalesforceClients;
import com.tasksync.links.TaskLinks;
import com.tasksync.emulator.org.OrgSettings;
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
        var otherNode = new OutboxClaims(outbox, tasks, links, new NodeName(), settings);
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
