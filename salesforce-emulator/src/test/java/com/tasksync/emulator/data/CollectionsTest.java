package com.tasksync.emulator.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.emulator.http.Json;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

class CollectionsTest {

    private final DataApi api = DataApi.start();

    @AfterEach
    void stop() {
        api.close();
    }

    private static ObjectNode task(String subject) {
        ObjectNode record = Json.object();
        record.putObject("attributes").put("type", "Task");
        return record.put("Subject", subject);
    }

    private static ObjectNode request(boolean allOrNone, ObjectNode... records) {
        ObjectNode body = Json.object().put("allOrNone", allOrNone);
        ArrayNode list = body.putArray("records");
        for (ObjectNode r : records) {
            list.add(r);
        }
        return body;
    }

    @Test
    void createsRecordsInOrderAsOneApiCall() {
        long before = api.org.apiUsage().used(api.emulator.clock().now());

        DataApi.Reply reply = api.post("/composite/sobjects", request(false, task("a"), task("b"), task("c")));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json()).hasSize(3);
        reply.json().forEach(r -> assertThat(r.get("success").booleanValue()).isTrue());
        String second = reply.json().get(1).get("id").asString();
        assertThat(api.get("/sobjects/Task/" + second).json().get("Subject").asString()).isEqualTo("b");
        assertThat(api.org.apiUsage().used(api.emulator.clock().now()) - before).isEqualTo(2);
    }

    @Test
    void reportsPerRecordErrorsWithStatusCodeAndKeepsTheGoodRecords() {
        DataApi.Reply reply = api.post("/composite/sobjects", request(false, task("a"), task("x".repeat(300))));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get(0).get("success").booleanValue()).isTrue();
        JsonNode failed = reply.json().get(1);
        assertThat(failed.get("success").booleanValue()).isFalse();
        assertThat(failed.get("errors").get(0).get("statusCode").asString()).isEqualTo("STRING_TOO_LONG");
        assertThat(failed.get("errors").get(0).get("fields").get(0).asString()).isEqualTo("Subject");
        assertThat(OrgData.of(api.org).store(OrgData.of(api.org).schema().type("Task")).size()).isEqualTo(1);
    }

    @Test
    void rollsEverythingBackWithAllOrNone() {
        DataApi.Reply reply = api.post("/composite/sobjects", request(true, task("a"), task("x".repeat(300)), task("c")));

        assertThat(reply.json().get(0).get("errors").get(0).get("statusCode").asString())
                .isEqualTo("ALL_OR_NONE_OPERATION_ROLLED_BACK");
        assertThat(reply.json().get(1).get("errors").get(0).get("statusCode").asString()).isEqualTo("STRING_TOO_LONG");
        assertThat(reply.json().get(2).get("success").booleanValue()).isFalse();
        assertThat(OrgData.of(api.org).store(OrgData.of(api.org).schema().type("Task")).size()).isZero();
    }

    @Test
    void updatesAndRollsBackUpdatesWithAllOrNone() {
        String a = api.task("a");
        String b = api.task("b");
        ObjectNode good = task("a2").put("id", a);
        ObjectNode bad = task("b2").put("id", b).put("Status", "Nope");

        DataApi.Reply reply = api.patch("/composite/sobjects", request(true, good, bad));

        assertThat(reply.json().get(0).get("id").asString()).isEqualTo(a);
        assertThat(reply.json().get(0).get("errors").get(0).get("statusCode").asString())
                .isEqualTo("ALL_OR_NONE_OPERATION_ROLLED_BACK");
        assertThat(api.get("/sobjects/Task/" + a).json().get("Subject").asString()).isEqualTo("a");
        DataApi.Reply ok = api.patch("/composite/sobjects", request(false, task("a3").put("id", a), task("no id")));
        assertThat(ok.json().get(0).get("success").booleanValue()).isTrue();
        assertThat(ok.json().get(1).get("errors").get(0).get("statusCode").asString()).isEqualTo("MISSING_ARGUMENT");
    }

    @Test
    void upsertsByExternalIdWithCreatedFlags() {
        String existing = api.create("Task", Json.object().put("TaskSync_Id__c", "ts-1"));

        DataApi.Reply reply = api.patch("/composite/sobjects/Task/TaskSync_Id__c",
                request(false, task("u").put("TaskSync_Id__c", "ts-1"), task("n").put("TaskSync_Id__c", "ts-2")));

        assertThat(reply.json().get(0).get("id").asString()).isEqualTo(existing);
        assertThat(reply.json().get(0).get("created").booleanValue()).isFalse();
        assertThat(reply.json().get(1).get("created").booleanValue()).isTrue();
    }

    @Test
    void deletesByIdsAndReportsEachId() {
        String a = api.task("a");
        String b = api.task("b");
        api.delete("/sobjects/Task/" + b);

        DataApi.Reply reply = api.delete("/composite/sobjects?ids=" + a + "," + b + "&allOrNone=false");

        assertThat(reply.json().get(0).get("success").booleanValue()).isTrue();
        assertThat(reply.json().get(0).get("id").asString()).isEqualTo(a);
        assertThat(reply.json().get(1).get("errors").get(0).get("statusCode").asString()).isEqualTo("ENTITY_IS_DELETED");
    }

    @Test
    void retrievesSelectedFieldsWithNullForUnknownIds() {
        String a = api.task("a");
        ObjectNode body = Json.object();
        // an id that differs from a's in its last character (one id in 62 already ends with Z)
        body.putArray("ids").add(a).add(a.substring(0, 14) + (a.charAt(14) == 'Z' ? "Y" : "Z"));
        body.putArray("fields").add("Subject");

        DataApi.Reply post = api.post("/composite/sobjects/Task", body);
        DataApi.Reply get = api.get("/composite/sobjects/Task?ids=" + a + "&fields=Id,Subject");

        assertThat(post.json().get(0).get("Subject").asString()).isEqualTo("a");
        assertThat(post.json().get(1).isNull()).isTrue();
        assertThat(get.json().get(0).propertyNames()).containsExactly("attributes", "Id", "Subject");
    }

    @Test
    void refusesMoreThan200Records() {
        ObjectNode[] records = new ObjectNode[201];
        for (int i = 0; i < records.length; i++) {
            records[i] = task("t" + i);
        }

        DataApi.Reply reply = api.post("/composite/sobjects", request(false, records));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.errorCode()).isEqualTo("EXCEEDED_ID_LIMIT");
    }

    @Test
    void refusesRecordsWithoutAType() {
        DataApi.Reply reply = api.post("/composite/sobjects", request(false, Json.object().put("Subject", "a")));

        assertThat(reply.json().get(0).get("errors").get(0).get("statusCode").asString()).isEqualTo("INVALID_TYPE");
        assertThat(List.of(reply.status())).containsExactly(200);
    }
}
