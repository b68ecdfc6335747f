package com.tasksync.emulator.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.emulator.http.Json;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class WriteHistoryTest {

    @Test
    void listsEveryCommittedWriteOfARecordWithWhoWroteItAndWhatChanged() {
        try (DataApi api = DataApi.start()) {
            String id = api.task("Call Ann");
            String other = api.task("Other");
            api.patch("/sobjects/Task/" + id, Json.object().put("Status", "Completed"), "Sforce-Call-Options",
                    "client=tasksync");
            api.patch("/sobjects/Task/" + id, Json.object().put("Status", "Bogus"));
            api.delete("/sobjects/Task/" + id);
            api.send("POST", "/__admin/orgs/" + api.org.id() + "/recycle-bin/" + id + "/restore", null);

            JsonNode history = history(api, "?id=" + id.substring(0, 15)).get("history");

            assertThat(history.findValuesAsString("operation")).containsExactly("create", "update", "delete", "undelete");
            assertThat(history.findValuesAsString("id")).containsOnly(id);
            JsonNode completion = history.get(1);
            assertThat(completion.get("client").asString()).isEqualTo("tasksync");
            assertThat(completion.get("lastModifiedById").asString()).isEqualTo(api.user.id());
            assertThat(completion.at("/changed/Status/before").asString()).isEqualTo("Not Started");
            assertThat(completion.at("/changed/Status/after").asString()).isEqualTo("Completed");
            assertThat(completion.at("/changed/IsClosed/after").asString()).isEqualTo("true");
            assertThat(completion.get("changed").has("SystemModstamp")).isFalse();
            assertThat(completion.get("systemModstamp").asString())
                    .isGreaterThan(history.get(0).get("systemModstamp").asString());
            assertThat(history.get(0).get("client").isNull()).isTrue();
            assertThat(history(api, "").get("history").findValuesAsString("id")).contains(id, other);
            assertThat(history(api, "?type=Account").get("history")).isEmpty();
        }
    }

    @Test
    void refusesAMalformedIdAndAnUnknownOrg() {
        try (DataApi api = DataApi.start()) {
            var bad = api.send("GET", "/__admin/orgs/" + api.org.id() + "/history?id=nope", null);
            assertThat(bad.status()).isEqualTo(400);
            assertThat(bad.text()).contains("id");
            assertThat(api.send("GET", "/__admin/orgs/00D000000000000AAA/history", null).status()).isEqualTo(404);
        }
    }

    private static JsonNode history(DataApi api, String query) {
        var reply = api.send("GET", "/__admin/orgs/" + api.org.id() + "/history" + query, null);
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        return reply.json();
    }
}
