package com.tasksync.emulator.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.emulator.http.Json;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class AuditFieldsTest {

    @Test
    void seedsCreatedAndLastModifiedDatesWhenTheOrgAllowsIt() {
        try (DataApi api = DataApi.start(s -> s.withSetAuditFields(true))) {
            String id = api.create("Task", Json.object().put("Subject", "old").put("CreatedDate", "2025-01-02T03:04:05.000+0000")
                    .put("LastModifiedDate", "2025-02-03T04:05:06Z"));

            JsonNode task = api.get("/sobjects/Task/" + id).json();

            assertThat(task.get("CreatedDate").asString()).isEqualTo("2025-01-02T03:04:05.000+0000");
            assertThat(task.get("LastModifiedDate").asString()).isEqualTo("2025-02-03T04:05:06.000+0000");
            assertThat(FieldValues.datetime(task.get("SystemModstamp").asString()))
                    .isAfter(FieldValues.datetime(task.get("LastModifiedDate").asString()));
            assertThat(api.get("/sobjects/Task/describe").text()).contains("\"createable\":true,\"custom\":false,"
                    + "\"defaultValue\":null,\"defaultedOnCreate\":true,\"dependentPicklist\":false,\"externalId\":false,"
                    + "\"filterable\":true,\"groupable\":false,\"idLookup\":false,\"label\":\"Created Date\"");
        }
    }

    @Test
    void seedsRecordsFromJavaWithTheSameRules() {
        try (DataApi api = DataApi.start(s -> s.withSetAuditFields(true))) {
            String id = OrgData.of(api.org).insert("Task", Json.object().put("Subject", "seeded")
                    .put("CreatedDate", "2025-01-02T03:04:05Z"), api.user.id());

            assertThat(OrgData.of(api.org).record(id).get("CreatedDate")).isEqualTo(java.time.Instant.parse("2025-01-02T03:04:05Z"));
            assertThat(OrgData.of(api.org).record(id.substring(0, 15)).get("OwnerId")).isEqualTo(api.user.id());
        }
    }

    @Test
    void refusesAuditFieldsWhenTheOrgDoesNotAllowThem() {
        try (DataApi api = DataApi.start()) {
            DataApi.Reply reply = api.post("/sobjects/Task", Json.object().put("CreatedDate", "2025-01-02T03:04:05Z"));

            assertThat(reply.status()).isEqualTo(400);
            assertThat(reply.errorCode()).isEqualTo("INVALID_FIELD_FOR_INSERT_UPDATE");
        }
    }

    @Test
    void refusesAuditFieldsOnUpdateEvenWhenTheOrgAllowsThemOnInsert() {
        try (DataApi api = DataApi.start(s -> s.withSetAuditFields(true))) {
            String id = api.task("a");

            DataApi.Reply reply = api.patch("/sobjects/Task/" + id, Json.object().put("CreatedDate", "2025-01-02T03:04:05Z"));

            assertThat(reply.errorCode()).isEqualTo("INVALID_FIELD_FOR_INSERT_UPDATE");
        }
    }
}
