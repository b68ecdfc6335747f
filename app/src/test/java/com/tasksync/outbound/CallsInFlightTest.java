package com.tasksync.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.support.SyncTestBase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A relay step with more than one collection call of a kind sends them side by side (up to
 * {@code tasksync.sync.calls-in-flight}): every change still arrives exactly once, in as many calls as
 * 200 records a call need, creates before updates before deletes, and every answer is recorded.
 */
class CallsInFlightTest extends SyncTestBase {

    @Test
    void aThousandCreatesThenUpdatesAndDeletesGoOutInTheFewestCallsAndAllArrive() {
        var syncing = startSyncing();
        var user = syncing.user();
        var ids = new ArrayList<String>();
        for (int i = 0; i < 1000; i += 200) {
            for (int j = i; j < i + 200; j++) {
                ids.add(api(user).post("/api/tasks", Map.of("subject", "Task " + j)).json().get("id").stringValue());
            }
        }
        var before = apiCalls.totals();
        relay();
        assertThat(apiCalls.totals().minus(before).writes()).isEqualTo(5);
        assertThat(syncing.rep().tasks()).hasSize(1000);
        assertThat(tasks(user, "all")).allSatisfy(task ->
                assertThat(task.get("syncState").stringValue()).isEqualTo("synced"));

        var reschedule = ids.subList(0, 600);
        var delete = ids.subList(600, 1000);
        for (var part : List.of(reschedule.subList(0, 200), reschedule.subList(200, 400), reschedule.subList(400, 600))) {
            assertThat(api(user).post("/api/tasks/bulk", Map.of("ids", part, "action", "reschedule",
                    "dueDate", "2027-03-15")).status()).isEqualTo(200);
        }
        for (var part : List.of(delete.subList(0, 200), delete.subList(200, 400))) {
            assertThat(api(user).post("/api/tasks/bulk", Map.of("ids", part, "action", "delete")).status())
                    .isEqualTo(200);
        }
        var beforeChanges = apiCalls.totals();
        relay();

        assertThat(apiCalls.totals().minus(beforeChanges).writes()).isEqualTo(5);
        var left = syncing.rep().tasks();
        assertThat(left).hasSize(600);
        assertThat(left).allSatisfy(record -> assertThat(syncing.rep().find(record.id()).orElseThrow()
                .date("ActivityDate")).hasToString("2027-03-15"));
        assertThat(relay.pending()).isZero();
    }
}
