package com.tasksync.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.support.SyncTestBase;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the API answers after a change is what is stored: the sync state is decided before the one write. */
class SyncStateAnswerTest extends SyncTestBase {

    @Test
    void aTaskCreatedWhileSyncIsOnIsAnsweredAsPendingAsItIsStored() {
        var user = startSyncing().user();

        var created = api(user).post("/api/tasks", Map.of("subject", "Call Jane")).json();

        assertThat(created.get("syncState").stringValue()).isEqualTo("pending");
        var stored = api(user).get("/api/tasks/" + created.get("id").stringValue()).json();
        assertThat(stored.get("syncState").stringValue()).isEqualTo("pending");
        assertThat(stored.get("version").longValue()).isEqualTo(created.get("version").longValue());
    }

    @Test
    void anEditOfASyncedTaskIsAnsweredAsPendingAndASentOneAsSynced() {
        var user = startSyncing().user();
        var id = api(user).post("/api/tasks", Map.of("subject", "Call Jane")).json().get("id").stringValue();
        relay();
        assertThat(api(user).get("/api/tasks/" + id).json().get("syncState").stringValue()).isEqualTo("synced");

        var edited = api(user).patch("/api/tasks/" + id, Map.of("priority", "high")).json();

        assertThat(edited.get("syncState").stringValue()).isEqualTo("pending");
        assertThat(api(user).get("/api/tasks/" + id).json().get("syncState").stringValue()).isEqualTo("pending");
    }

    @Test
    void aTaskCreatedWithSyncOffStaysLocal() {
        var user = newUser();

        var created = api(user).post("/api/tasks", Map.of("subject", "Call Jane")).json();

        assertThat(created.get("syncState").stringValue()).isEqualTo("local");
        assertThat(api(user).get("/api/tasks/" + created.get("id").stringValue()).json().get("syncState").stringValue())
                .isEqualTo("local");
    }
}
