package com.tasksync.emulator.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.emulator.http.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class UpsertTest {

    private final DataApi api = DataApi.start();

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void insertsWith201AndCreatedTrueWhenNothingMatches() {
        DataApi.Reply reply = api.patch("/sobjects/Task/TaskSync_Id__c/ts-1", Json.object().put("Subject", "a"));

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.json().get("created").booleanValue()).isTrue();
        String id = reply.json().get("id").asString();
        assertThat(api.get("/sobjects/Task/" + id).json().get("TaskSync_Id__c").asString()).isEqualTo("ts-1");
    }

    @Test
    void updatesWith200AndCreatedFalseFromVersion46() {
        String id = api.create("Task", Json.object().put("TaskSync_Id__c", "ts-1"));

        DataApi.Reply reply = api.patch("/sobjects/Task/TaskSync_Id__c/ts-1", Json.object().put("Subject", "b"));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("id").asString()).isEqualTo(id);
        assertThat(reply.json().get("created").booleanValue()).isFalse();
        assertThat(api.get("/sobjects/Task/" + id).json().get("Subject").asString()).isEqualTo("b");
    }

    @Test
    void updatesWith204UpToVersion45() {
        api.create("Task", Json.object().put("TaskSync_Id__c", "ts-1"));
        api.version("v45.0");

        DataApi.Reply update = api.patch("/sobjects/Task/TaskSync_Id__c/ts-1", Json.object().put("Subject", "b"));
        DataApi.Reply insert = api.patch("/sobjects/Task/TaskSync_Id__c/ts-2", Json.object().put("Subject", "c"));

        assertThat(update.status()).isEqualTo(204);
        assertThat(insert.status()).isEqualTo(201);
        assertThat(insert.json().has("created")).isFalse();
    }

    @Test
    void answers300WithTheRecordUrlsWhenSeveralRecordsMatch() {
        OrgData.of(api.org).addCustomField("Task", FieldBuilder.text("Legacy_Key__c", 40).externalId(false).build());
        String a = api.create("Task", Json.object().put("Legacy_Key__c", "k"));
        String b = api.create("Task", Json.object().put("Legacy_Key__c", "k"));

        DataApi.Reply reply = api.patch("/sobjects/Task/Legacy_Key__c/k", Json.object().put("Subject", "x"));

        assertThat(reply.status()).isEqualTo(300);
        assertThat(reply.json().valueStream().map(n -> n.asString()).toList()).containsExactlyInAnyOrder(
                "/services/data/v66.0/sobjects/Task/" + a, "/services/data/v66.0/sobjects/Task/" + b);
    }

    @Test
    void answers404ForAFieldThatIsNoExternalId() {
        DataApi.Reply unknown = api.patch("/sobjects/Task/Namez/1", Json.object().put("Subject", "x"));
        DataApi.Reply notExternal = api.patch("/sobjects/Task/Subject/1", Json.object().put("Subject", "x"));

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.errorCode()).isEqualTo("NOT_FOUND");
        assertThat(unknown.message()).isEqualTo("Provided external ID field does not exist or is not accessible: Namez");
        assertThat(notExternal.status()).isEqualTo(404);
    }

    @Test
    void upsertsByIdWhenTheRecordExists() {
        String id = api.task("a");

        DataApi.Reply reply = api.patch("/sobjects/Task/Id/" + id, Json.object().put("Subject", "b"));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(api.get("/sobjects/Task/" + id).json().get("Subject").asString()).isEqualTo("b");
    }

    @Test
    void deletesByExternalId() {
        String id = api.create("Task", Json.object().put("TaskSync_Id__c", "ts-8"));

        assertThat(api.delete("/sobjects/Task/TaskSync_Id__c/ts-8").status()).isEqualTo(204);
        assertThat(api.get("/sobjects/Task/" + id).errorCode()).isEqualTo("ENTITY_IS_DELETED");
        assertThat(api.delete("/sobjects/Task/TaskSync_Id__c/ts-8").errorCode()).isEqualTo("NOT_FOUND");
    }

    @Test
    void retrievesByExternalId() {
        String id = api.create("Task", Json.object().put("TaskSync_Id__c", "ts-9"));

        assertThat(api.get("/sobjects/Task/TaskSync_Id__c/ts-9").json().get("Id").asString()).isEqualTo(id);
    }
}
