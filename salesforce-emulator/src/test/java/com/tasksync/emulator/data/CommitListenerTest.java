package com.tasksync.emulator.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.emulator.http.Json;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

class CommitListenerTest {

    @Test
    void reportsCommittedChangesWithTheirClientAndNothingRolledBack() {
        try (DataApi api = DataApi.start()) {
            List<RecordChange> seen = new CopyOnWriteArrayList<>();
            OrgData.of(api.org).onCommit(seen::addAll);

            String id = api.task("a");
            api.patch("/sobjects/Task/" + id, Json.object().put("Subject", "b"), "Sforce-Call-Options", "client=tasksync");
            api.delete("/sobjects/Task/" + id);
            ObjectNode body = Json.object().put("allOrNone", true);
            ArrayNode records = body.putArray("records");
            records.addObject().put("Subject", "ok").putObject("attributes").put("type", "Task");
            records.addObject().put("Status", "Nope").putObject("attributes").put("type", "Task");
            api.post("/composite/sobjects", body);

            assertThat(seen).hasSize(3);
            assertThat(seen.get(0).created()).isTrue();
            assertThat(seen.get(1).client()).isEqualTo("tasksync");
            assertThat(seen.get(1).before().get("Subject")).isEqualTo("a");
            assertThat(seen.get(1).after().get("Subject")).isEqualTo("b");
            assertThat(seen.get(2).deleted()).isTrue();
        }
    }
}
