package com.tasksync.emulator.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.emulator.http.Json;
import com.tasksync.emulator.org.SalesforceIds;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class SObjectRowsTest {

    private final DataApi api = DataApi.start();

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void createsTaskWith201AndAnEighteenCharacterTaskId() {
        DataApi.Reply reply = api.post("/sobjects/Task", Json.object().put("Subject", "Call Bob"));

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.json().get("success").booleanValue()).isTrue();
        assertThat(reply.json().get("errors")).isEmpty();
        String id = reply.json().get("id").asString();
        assertThat(id).hasSize(18).startsWith("00T");
        assertThat(SalesforceIds.canonical(id)).isEqualTo(id);
        assertThat(reply.header("Sforce-Limit-Info")).startsWith("api-usage=");
    }

    @Test
    void retrievesTheRecordWithAttributesDefaultsAndSalesforceDateFormats() {
        String id = api.create("Task", Json.object().put("Subject", "Call Bob").put("ActivityDate", "2026-11-20"));

        JsonNode task = api.get("/sobjects/Task/" + id).json();

        assertThat(task.get("attributes").get("type").asString()).isEqualTo("Task");
        assertThat(task.get("attributes").get("url").asString()).isEqualTo("/services/data/v66.0/sobjects/Task/" + id);
        assertThat(task.get("ActivityDate").asString()).isEqualTo("2026-11-20");
        assertThat(task.get("Status").asString()).isEqualTo("Not Started");
        assertThat(task.get("Priority").asString()).isEqualTo("Normal");
        assertThat(task.get("IsClosed").booleanValue()).isFalse();
        assertThat(task.get("OwnerId").asString()).isEqualTo(api.user.id());
        assertThat(task.get("CreatedById").asString()).isEqualTo(api.user.id());
        assertThat(task.get("CreatedDate").asString()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}\\+0000");
        assertThat(task.get("TaskSync_Id__c").isNull()).isTrue();
    }

    @Test
    void retrievesOnlyTheFieldsAskedFor() {
        String id = api.task("Call Bob");

        JsonNode task = api.get("/sobjects/Task/" + id + "?fields=Subject,status").json();

        assertThat(task.propertyNames()).containsExactly("attributes", "Subject", "Status");
        DataApi.Reply unknown = api.get("/sobjects/Task/" + id + "?fields=Nope");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.errorCode()).isEqualTo("INVALID_FIELD");
    }

    @Test
    void acceptsFifteenCharacterIdsInUrls() {
        String id = api.task("Call Bob");

        DataApi.Reply reply = api.get("/sobjects/Task/" + id.substring(0, 15));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("Id").asString()).isEqualTo(id);
    }

    @Test
    void answersMalformedIdForBadChecksumsAndOtherTypesIds() {
        String id = api.task("Call Bob");
        String badChecksum = id.substring(0, 15) + (id.endsWith("AAA") ? "BBB" : "AAA");

        DataApi.Reply bad = api.get("/sobjects/Task/" + badChecksum);
        DataApi.Reply otherType = api.get("/sobjects/Task/" + api.user.id());

        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.errorCode()).isEqualTo("MALFORMED_ID");
        assertThat(bad.message()).isEqualTo("Task ID: id value of incorrect type: " + badChecksum);
        assertThat(bad.json().get(0).get("fields").get(0).asString()).isEqualTo("Id");
        assertThat(otherType.errorCode()).isEqualTo("MALFORMED_ID");
    }

    @Test
    void answersNotFoundForUnknownRecordsAndTypes() {
        String missing = SalesforceIds.to18("00T5g0000000ZZZ");

        assertThat(api.get("/sobjects/Task/" + missing).status()).isEqualTo(404);
        assertThat(api.get("/sobjects/Task/" + missing).errorCode()).isEqualTo("NOT_FOUND");
        assertThat(api.get("/sobjects/Nothing__c/describe").status()).isEqualTo(404);
    }

    @Test
    void updatesWith204AndDeletesWith204() {
        String id = api.task("Call Bob");

        DataApi.Reply update = api.patch("/sobjects/Task/" + id, Json.object().put("Subject", "Call Alice"));
        assertThat(update.status()).isEqualTo(204);
        assertThat(api.get("/sobjects/Task/" + id).json().get("Subject").asString()).isEqualTo("Call Alice");

        assertThat(api.delete("/sobjects/Task/" + id).status()).isEqualTo(204);
    }

    @Test
    void acceptsPostWithHttpMethodOverrideAsPatch() {
        String id = api.task("Call Bob");

        DataApi.Reply reply = api.post("/sobjects/Task/" + id + "?_HttpMethod=PATCH", Json.object().put("Subject", "X"));

        assertThat(reply.status()).isEqualTo(204);
        assertThat(api.get("/sobjects/Task/" + id).json().get("Subject").asString()).isEqualTo("X");
    }

    @Test
    void answersEntityIsDeletedForRowsInTheRecycleBin() {
        String id = api.task("Call Bob");
        api.delete("/sobjects/Task/" + id);

        for (DataApi.Reply reply : new DataApi.Reply[] {api.get("/sobjects/Task/" + id),
            api.patch("/sobjects/Task/" + id, Json.object().put("Subject", "X")), api.delete("/sobjects/Task/" + id)}) {
            assertThat(reply.status()).isEqualTo(404);
            assertThat(reply.errorCode()).isEqualTo("ENTITY_IS_DELETED");
            assertThat(reply.message()).isEqualTo("entity is deleted");
        }
    }

    @Test
    void advancesSystemModstampStrictlyOnEveryWriteEvenWithinOneMillisecond() {
        String id = api.task("Call Bob");
        Instant previous = stamp(id);
        for (int i = 0; i < 20; i++) {
            api.patch("/sobjects/Task/" + id, Json.object().put("Subject", "v" + i));
            Instant now = stamp(id);
            assertThat(now).isAfter(previous);
            assertThat(api.get("/sobjects/Task/" + id).json().get("LastModifiedDate").asString())
                    .isEqualTo(FieldValues.format(now));
            previous = now;
        }
    }

    private Instant stamp(String id) {
        return FieldValues.datetime(api.get("/sobjects/Task/" + id).json().get("SystemModstamp").asString());
    }

    @Test
    void followsStatusWithIsClosedAndCompletedDateTime() {
        String id = api.task("Call Bob");

        api.patch("/sobjects/Task/" + id, Json.object().put("Status", "Completed"));
        JsonNode closed = api.get("/sobjects/Task/" + id).json();
        api.patch("/sobjects/Task/" + id, Json.object().put("Status", "In Progress"));
        JsonNode reopened = api.get("/sobjects/Task/" + id).json();

        assertThat(closed.get("IsClosed").booleanValue()).isTrue();
        assertThat(closed.get("CompletedDateTime").isNull()).isFalse();
        assertThat(reopened.get("IsClosed").booleanValue()).isFalse();
        assertThat(reopened.get("CompletedDateTime").isNull()).isTrue();
    }

    @Test
    void derivesAccountIdFromWhatIdAndWhoId() {
        String account = api.create("Account", Json.object().put("Name", "Acme"));
        String contact = api.create("Contact", Json.object().put("LastName", "Doe").put("AccountId", account));
        String opportunity = api.create("Opportunity", Json.object().put("Name", "Big").put("StageName", "Prospecting")
                .put("CloseDate", "2026-12-31").put("AccountId", account));

        String byWho = api.create("Task", Json.object().put("Subject", "a").put("WhoId", contact));
        String byWhat = api.create("Task", Json.object().put("Subject", "b").put("WhatId", opportunity.substring(0, 15)));

        assertThat(api.get("/sobjects/Task/" + byWho).json().get("AccountId").asString()).isEqualTo(account);
        assertThat(api.get("/sobjects/Task/" + byWhat).json().get("AccountId").asString()).isEqualTo(account);
        assertThat(api.get("/sobjects/Task/" + byWhat).json().get("WhatId").asString()).isEqualTo(opportunity);
    }

    @Test
    void storesTheCallOptionsClientAsTheLastWriter() {
        String id = api.create("Task", Json.object().put("Subject", "a"));
        api.patch("/sobjects/Task/" + id, Json.object().put("Subject", "b"), "Sforce-Call-Options", "client=tasksync");

        Row row = OrgData.of(api.org).read(() -> OrgData.of(api.org).find(id));

        assertThat(row.lastClient()).isEqualTo("tasksync");
    }
}
