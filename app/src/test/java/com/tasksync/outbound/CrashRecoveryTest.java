package com.tasksync.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.support.SalesforceOrg;
import com.tasksync.support.SalesforceRep;
import com.tasksync.support.SyncTestBase;
import com.tasksync.support.TestUser;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CrashRecoveryTest extends SyncTestBase {

    @Autowired
    OutboxRepository outbox;

    @Test
    void finishesWhatANodeClaimedBeforeItDiedOnceItsClaimRunsOut() {
        SalesforceRep rep = SalesforceOrg.create().newRep();
        TestUser user = newUser();
        connect(user, rep);
        enable(user);
        api(user).post("/api/tasks", Map.of("subject", "in flight when the node died"));
        var now = Instant.now();
        var claimed = outbox.claimDueEntries("node-that-died", now, now.plus(Duration.ofMinutes(2)), 10);
        assertThat(claimed).hasSize(1);

        relay();
        assertThat(rep.tasks()).isEmpty();

        clock.stopAt(now.plus(Duration.ofMinutes(3)));
        relay();

        assertThat(rep.tasks()).extracting(record -> record.string("Subject"))
                .containsExactly("in flight when the node died");
        assertThat(relay.pending()).isZero();
    }
}
