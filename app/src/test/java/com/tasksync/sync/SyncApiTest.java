package com.tasksync.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.connection.Connections;
import com.tasksync.connection.SalesforceTokens;
import com.tasksync.support.AppTestBase;
import com.tasksync.support.RecordedSyncSwitches;
import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SyncApiTest extends AppTestBase {

    @Autowired
    SyncLog syncLog;

    @Autowired
    Connections connections;

    @Autowired
    RecordedSyncSwitches switches;

    @Test
    void showsEveryFieldOfANeverEnabledSync() {
        var status = api(newUser()).get("/api/sync").json();

        assertThat(status.get("enabled").booleanValue()).isFalse();
        assertThat(status.get("state").stringValue()).isEqualTo("off");
        assertThat(status.get("connected").booleanValue()).isFalse();
        assertThat(status.get("progress").get("done").asInt()).isZero();
        assertThat(status.get("progress").get("total").isNull()).isTrue();
        for (var field : new String[] {"firstEnabledAt", "enabledAt", "lastSyncAt", "lastError"}) {
            assertThat(status.get(field).isNull()).as(field).isTrue();
        }
    }

    @Test
    void enablingWithoutAConnectionWaitsForReconnect() {
        clock.stopAt(Instant.parse("2026-06-10T12:00:00Z"));
        var api = api(newUser());

        var status = api.put("/api/sync", Map.of("enabled", true));

        assertThat(status.status()).isEqualTo(200);
        assertThat(status.json().get("enabled").booleanValue()).isTrue();
        assertThat(status.json().get("state").stringValue()).isEqualTo("reconnect");
        assertThat(status.json().get("firstEnabledAt").stringValue()).isEqualTo("2026-06-10T12:00:00Z");
        assertThat(status.json().get("enabledAt").stringValue()).isEqualTo("2026-06-10T12:00:00Z");
        assertThat(api.get("/api/sync").json()).isEqualTo(status.json());
    }

    @Test
    void disablingKeepsTheEnableTimesAndReEnablingKeepsTheFirst() {
        var api = api(newUser());
        clock.stopAt(Instant.parse("2026-06-10T12:00:00Z"));
        api.put("/api/sync", Map.of("enabled", true));
        clock.stopAt(Instant.parse("2026-06-11T12:00:00Z"));

        var off = api.put("/api/sync", Map.of("enabled", false)).json();
        clock.stopAt(Instant.parse("2026-06-12T12:00:00Z"));
        var on = api.put("/api/sync", Map.of("enabled", true)).json();

        assertThat(off.get("enabled").booleanValue()).isFalse();
        assertThat(off.get("state").stringValue()).isEqualTo("off");
        assertThat(off.get("enabledAt").stringValue()).isEqualTo("2026-06-10T12:00:00Z");
        assertThat(on.get("firstEnabledAt").stringValue()).isEqualTo("2026-06-10T12:00:00Z");
        assertThat(on.get("enabledAt").stringValue()).isEqualTo("2026-06-12T12:00:00Z");
    }

    @Test
    void enablingWhileConnectedStartsTheImport() {
        var user = newUser();
        connect(user.id());

        var status = api(user).put("/api/sync", Map.of("enabled", true)).json();

        assertThat(status.get("connected").booleanValue()).isTrue();
        assertThat(status.get("state").stringValue()).isEqualTo("importing");
        assertThat(status.get("progress").get("done").asInt()).isZero();
    }

    @Test
    void connectingWhileSyncWaitsForAConnectionStartsTheImport() {
        var user = newUser();
        api(user).put("/api/sync", Map.of("enabled", true));

        connect(user.id());

        assertThat(api(user).get("/api/sync").json().get("state").stringValue()).isEqualTo("importing");
    }

    @Test
    void disconnectingWhileSyncIsOnAsksTheUserToReconnect() {
        var user = newUser();
        connect(user.id());
        api(user).put("/api/sync", Map.of("enabled", true));

        connections.disconnect(user.id());

        var status = api(user).get("/api/sync").json();
        assertThat(status.get("enabled").booleanValue()).isTrue();
        assertThat(status.get("state").stringValue()).isEqualTo("reconnect");
        assertThat(status.get("connected").booleanValue()).isFalse();
        assertThat(status.get("lastError").stringValue()).contains("connect again");
    }

    @Test
    void publishesTheSwitchForTheSyncEngine() {
        var user = newUser();

        api(user).put("/api/sync", Map.of("enabled", true));
        api(user).put("/api/sync", Map.of("enabled", true));
        api(user).put("/api/sync", Map.of("enabled", false));
        api(user).put("/api/sync", Map.of("enabled", true));

        assertThat(switches.of(user.id())).containsExactly(
                new SyncSwitched(user.id(), true, true),
                new SyncSwitched(user.id(), false, false),
                new SyncSwitched(user.id(), true, false));
    }

    private void connect(UUID userId) {
        connections.connect(userId, URI.create("http://127.0.0.1:1"), new SalesforceTokens("access", "refresh",
                URI.create("http://127.0.0.1:1"), "00D000000000001AAA", "005000000000001AAA", "rep@example.test"));
    }

    @Test
    void refusesABadSwitchNamingTheField() {
        var api = api(newUser());

        for (var body : new Object[] {Map.of("enabled", "yes"), Map.of(), Map.of("enabled", true, "state", "syncing"),
                Map.of("enabled", true, "turbo", true)}) {
            var response = api.put("/api/sync", body);
            assertThat(response.status()).as(body.toString()).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
        assertThat(api.get("/api/sync").json().get("enabled").booleanValue()).isFalse();
    }

    @Test
    void listsTheSyncLogNewestFirstAndPaged() {
        var user = newUser();
        var taskId = UUID.randomUUID();
        for (int minute = 1; minute <= 3; minute++) {
            syncLog.record(new SyncLogEntry(user.id(), Instant.parse("2026-06-10T12:0" + minute + ":00Z"),
                    SyncLogEntry.Direction.TO_SALESFORCE, SyncLogEntry.Action.CREATE, taskId,
                    "00T00000000000" + minute + "AAA", "Call " + minute, "created"));
        }

        var first = api(user).get("/api/sync/log?size=2").json();
        var second = api(user).get("/api/sync/log?size=2&page=1").json();

        assertThat(first.get("totalItems").asLong()).isEqualTo(3);
        assertThat(first.get("items").findValuesAsString("subject")).containsExactly("Call 3", "Call 2");
        assertThat(second.get("items").findValuesAsString("subject")).containsExactly("Call 1");
        var entry = first.get("items").get(0);
        assertThat(entry.get("at").stringValue()).isEqualTo("2026-06-10T12:03:00Z");
        assertThat(entry.get("direction").stringValue()).isEqualTo("toSalesforce");
        assertThat(entry.get("action").stringValue()).isEqualTo("create");
        assertThat(entry.get("taskId").stringValue()).isEqualTo(taskId.toString());
        assertThat(entry.get("salesforceId").stringValue()).isEqualTo("00T000000000003AAA");
        assertThat(entry.get("message").stringValue()).isEqualTo("created");
        assertThat(api(user).get("/api/sync/log?size=500").status()).isEqualTo(400);
    }
}
