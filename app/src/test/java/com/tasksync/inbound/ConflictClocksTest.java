package com.tasksync.inbound;

import static com.tasksync.support.SalesforceRep.task;
import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.salesforce.client.record.SObject;
import com.tasksync.support.EngineEmulator;
import com.tasksync.support.SalesforceRep;
import com.tasksync.support.SyncTestBase;
import com.tasksync.support.TestUser;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The same field edited on both sides: the later edit wins, judged on one clock even when
 * Salesforce's runs five minutes ahead of or behind TaskSync's, and the conflict is logged with the
 * field and both values. Both clocks are pinned; the edits are one minute apart.
 */
class ConflictClocksTest extends SyncTestBase {

    private static final Duration FIVE_MINUTES = Duration.ofMinutes(5);

    private SalesforceRep rep;
    private TestUser user;
    private String salesforceId;
    private String id;

    @BeforeEach
    void aSyncedTask() {
        var syncing = startSyncing();
        rep = syncing.rep();
        user = syncing.user();
        salesforceId = rep.create(task("agreed subject"));
        poll();
        id = tasks(user, "all").get(0).get("id").stringValue();
    }

    @Test
    void aLaterTaskSyncEditWinsWhenSalesforcesClockIsAhead() {
        conflict(FIVE_MINUTES, true);
    }

    @Test
    void aLaterTaskSyncEditWinsWhenSalesforcesClockIsBehind() {
        conflict(FIVE_MINUTES.negated(), true);
    }

    @Test
    void aLaterSalesforceEditWinsWhenSalesforcesClockIsAhead() {
        conflict(FIVE_MINUTES, false);
    }

    @Test
    void aLaterSalesforceEditWinsWhenSalesforcesClockIsBehind() {
        conflict(FIVE_MINUTES.negated(), false);
    }

    /** Salesforce's clock runs {@code skew} ahead of TaskSync's; the side named by {@code taskSyncLater} edits a minute after the other. */
    private void conflict(Duration skew, boolean taskSyncLater) {
        var salesforceNow = EngineEmulator.emulator().admin().now();
        clock.stopAt(salesforceNow.minus(skew));
        if (taskSyncLater) {
            rep.update(salesforceId, SObject.of("Task").with("Subject", "edited in Salesforce"));
            passOneMinute();
            api(user).patch("/api/tasks/" + id, Map.of("subject", "edited in TaskSync"));
        } else {
            api(user).patch("/api/tasks/" + id, Map.of("subject", "edited in TaskSync"));
            passOneMinute();
            rep.update(salesforceId, SObject.of("Task").with("Subject", "edited in Salesforce"));
        }

        poll();
        relay();
        poll();

        var winner = taskSyncLater ? "edited in TaskSync" : "edited in Salesforce";
        assertThat(api(user).get("/api/tasks/" + id).json().get("subject").stringValue()).isEqualTo(winner);
        assertThat(rep.find(salesforceId).orElseThrow().string("Subject")).isEqualTo(winner);
        assertThat(syncLog(user)).filteredOn(entry -> entry.get("action").stringValue().equals("conflict"))
                .singleElement().satisfies(entry -> assertThat(entry.get("message").stringValue())
                        .contains("edited in TaskSync", "edited in Salesforce"));
    }

    private void passOneMinute() {
        EngineEmulator.emulator().clock().advance(Duration.ofMinutes(1));
        clock.stopAt(clock.instant().plus(Duration.ofMinutes(1)));
    }
}
