package com.tasksync.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tasksync.support.SalesforceOrg;
import com.tasksync.support.SyncTestBase;
import com.tasksync.support.TestUser;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Relays claim one after the other, across nodes: a claim that overlaps another waits for it and then
 * takes only what it left. (When claims locked their rows with {@code FOR UPDATE SKIP LOCKED}, an overlap
 * locked the rows the other had just taken and held them while it looked at each again; relays recording
 * their answers waited on those locks: 10,000 edits at 300 ms a call took 73 s in the throughput harness.)
 * Here a claim of another node is held open, as a slow one would be. The claim's turn makes the second
 * wait before it reads anything; the row locks the first holds would make its update wait too.
 */
class ClaimTurnsTest extends SyncTestBase {

    @Autowired
    private OutboxRepository outbox;

    @Autowired
    private OutboxClaims claims;

    @Autowired
    private TransactionTemplate transaction;

    @Test
    void aClaimWaitsForTheOneInProgressAndThenTakesOnlyWhatThatOneLeft() throws Exception {
        TestUser user = newUser();
        connect(user, SalesforceOrg.create().newRep());
        enable(user);
        var ours = new HashSet<UUID>();
        for (int i = 0; i < 6; i++) {
            ours.add(UUID.fromString(api(user).post("/api/tasks", Map.of("subject", "task " + i)).json()
                    .get("id").stringValue()));
        }
        var now = clock.instant();
        var taken = new CompletableFuture<List<OutboxEntry>>();
        var finish = new CountDownLatch(1);
        var otherNode = CompletableFuture.runAsync(() -> transaction.executeWithoutResult(status -> {
            outbox.awaitClaimTurn();
            taken.complete(outbox.claimDueEntries("other-node", now, now.plus(Duration.ofMinutes(2)), 4));
            try {
                finish.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        var first = ids(taken.get(10, TimeUnit.SECONDS));

        var second = CompletableFuture.supplyAsync(claims::claimDue);
        assertThatThrownBy(() -> second.get(700, TimeUnit.MILLISECONDS)).as("a claim while another is in progress")
                .isInstanceOf(TimeoutException.class);
        finish.countDown();
        otherNode.get(10, TimeUnit.SECONDS);
        var then = ids(second.get(10, TimeUnit.SECONDS));

        first.retainAll(ours);
        then.retainAll(ours);
        assertThat(then).doesNotContainAnyElementsOf(first);
        var all = new HashSet<>(first);
        all.addAll(then);
        assertThat(all).isEqualTo(ours);
    }

    private static Set<UUID> ids(List<OutboxEntry> entries) {
        var ids = new HashSet<UUID>();
        entries.forEach(entry -> ids.add(entry.taskId()));
        return ids;
    }
}
