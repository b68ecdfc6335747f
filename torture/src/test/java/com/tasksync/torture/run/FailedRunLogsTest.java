package com.tasksync.torture.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.torture.execute.RunEvents;
import com.tasksync.torture.model.Field;
import com.tasksync.torture.model.Ledger;
import com.tasksync.torture.model.Side;
import com.tasksync.torture.model.Slot;
import com.tasksync.torture.model.SwitchEvent;
import com.tasksync.torture.model.Write;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FailedRunLogsTest {

    @TempDir
    Path directory;

    @Test
    void theTimelineListsEveryWriteSwitchAndKillInTheOrderSent() throws Exception {
        var ledger = new Ledger();
        var slot = ledger.open(9, Side.TASKSYNC, Slot.Kind.ORDINARY);
        slot.taskSyncId("86159b06-6892-404d-ad5d-1762e7ea5092");
        slot.salesforceId("00T5g1kA4z4YlAGEE0");
        var t0 = Instant.parse("2026-12-03T09:46:39Z");
        slot.add(new Write(Field.PRIORITY, Side.SALESFORCE, "low", false, false, t0.plusSeconds(70),
                t0.plusSeconds(71), true, "salesforce-edit"));
        slot.add(new Write(Field.PRIORITY, Side.TASKSYNC, "high", false, false, t0.plusSeconds(3), t0.plusSeconds(4),
                true, "tasksync-edit"));
        ledger.switches().add(new SwitchEvent(false, t0.plusSeconds(20), t0.plusSeconds(21), true));
        var events = new RunEvents();
        events.kill();

        FailedRunLogs.writeTimeline(directory, ledger, events);

        var lines = Files.readAllLines(directory.resolve("timeline.txt"));
        assertThat(lines.get(0)).startsWith("sync switches: [off sent 2026-12-03T09:46:59Z");
        var writes = lines.stream().filter(line -> line.contains("[k9] PRIORITY")).toList();
        assertThat(writes).hasSize(2);
        assertThat(writes.get(0)).startsWith("2026-12-03T09:46:42Z [k9] PRIORITY: TaskSync tasksync-edit \"high\"")
                .endsWith("(TaskSync 86159b06-6892-404d-ad5d-1762e7ea5092, Salesforce 00T5g1kA4z4YlAGEE0)");
        assertThat(writes.get(1)).contains("Salesforce salesforce-edit \"low\"");
        assertThat(lines).anyMatch(line -> line.endsWith(" a node killed"));
    }

    @Test
    void theSalesforceHistoryListsEveryWriteOfTheOrgsTasksWithItsClientAndFields() throws Exception {
        // a real emulator in its own JVM, as the harness runs it
        var emulator = com.tasksync.torture.process.EmulatorProcess.start(directory);
        try {
            var admin = new com.tasksync.torture.salesforce.EmulatorAdmin(emulator.baseUrl());
            var orgId = admin.createOrg("History", 15_000);
            admin.createUser(orgId, "rita@history.example", "pw-History-1");
            var rest = new com.tasksync.torture.salesforce.SalesforceRest(emulator.baseUrl(),
                    admin.openSession("rita@history.example"));
            var id = rest.create(com.tasksync.torture.http.Json.object().put("Subject", "[k3] Call Ann"))
                    .reply().json().path("id").asString();
            rest.update(id, com.tasksync.torture.http.Json.object().put("Status", "Completed"));
            var ledger = new Ledger();
            ledger.open(3, Side.SALESFORCE, Slot.Kind.ORDINARY).salesforceId(id);

            FailedRunLogs.writeSalesforceHistory(directory, admin, orgId, ledger);

            var lines = Files.readAllLines(directory.resolve("salesforce-history.txt"));
            assertThat(lines).hasSize(2);
            assertThat(lines.get(0)).contains(" [k3] " + id + " create by 005").contains("Subject: null -> \"[k3] Call Ann\"");
            assertThat(lines.get(1)).contains(" [k3] " + id + " update by 005")
                    .contains("Status: \"Not Started\" -> \"Completed\"");
            assertThat(lines.get(1).compareTo(lines.get(0))).isPositive();
        } finally {
            emulator.process().stop(java.time.Duration.ofSeconds(5));
        }
    }
}
