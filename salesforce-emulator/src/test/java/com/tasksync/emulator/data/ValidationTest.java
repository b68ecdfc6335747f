package com.tasksync.emulator.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.emulator.http.Json;
import com.tasksync.emulator.org.SalesforceIds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ValidationTest {

    private final DataApi api = DataApi.start();

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void refusesMissingRequiredFields() {
        DataApi.Reply reply = api.post("/sobjects/Contact", Json.object().put("FirstName", "Ann"));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.errorCode()).isEqualTo("REQUIRED_FIELD_MISSING");
        assertThat(reply.message()).isEqualTo("Required fields are missing: [LastName]");
        assertThat(reply.json().get(0).get("fields").get(0).asString()).isEqualTo("LastName");
    }

    @Test
    void refusesClearingARequiredFieldOnUpdate() {
        String id = api.task("a");

        DataApi.Reply reply = api.patch("/sobjects/Task/" + id, Json.object().putNull("Status"));

        assertThat(reply.errorCode()).isEqualTo("REQUIRED_FIELD_MISSING");
        assertThat(reply.message()).isEqualTo("Required fields are missing: [Status]");
    }

    @Test
    void refusesTooLongStrings() {
        DataApi.Reply reply = api.post("/sobjects/Task", Json.object().put("Subject", "x".repeat(256)));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.errorCode()).isEqualTo("STRING_TOO_LONG");
        assertThat(reply.message()).startsWith("Subject: data value too large: xxx").endsWith("(max length=255)");
    }

    @Test
    void acceptsADescriptionOf32000Characters() {
        assertThat(api.post("/sobjects/Task", Json.object().put("Description", "d".repeat(32000))).status()).isEqualTo(201);
        assertThat(api.post("/sobjects/Task", Json.object().put("Description", "d".repeat(32001))).errorCode())
                .isEqualTo("STRING_TOO_LONG");
    }

    @Test
    void refusesValuesOutsideARestrictedPicklist() {
        DataApi.Reply reply = api.post("/sobjects/Task", Json.object().put("Status", "Done-ish"));

        assertThat(reply.errorCode()).isEqualTo("INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST");
        assertThat(reply.message()).isEqualTo("Status: bad value for restricted picklist field: Done-ish");
    }

    @Test
    void refusesUnknownFields() {
        DataApi.Reply reply = api.post("/sobjects/Task", Json.object().put("Foo", "x"));

        assertThat(reply.errorCode()).isEqualTo("INVALID_FIELD");
        assertThat(reply.message()).isEqualTo("No such column 'Foo' on sobject of type Task");
    }

    @Test
    void refusesValuesOfTheWrongJsonType() {
        DataApi.Reply reply = api.post("/sobjects/Task", Json.object().put("IsReminderSet", "often"));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.errorCode()).isEqualTo("JSON_PARSER_ERROR");
        assertThat(api.post("/sobjects/Task", Json.object().put("ActivityDate", "20/11/2026")).errorCode())
                .isEqualTo("JSON_PARSER_ERROR");
    }

    @Test
    void refusesReadOnlyFields() {
        DataApi.Reply reply = api.post("/sobjects/Task", Json.object().put("IsClosed", true).put("Subject", "a"));

        assertThat(reply.errorCode()).isEqualTo("INVALID_FIELD_FOR_INSERT_UPDATE");
        assertThat(reply.message()).startsWith("Unable to create/update fields: IsClosed. Please check the security"
                + " settings of this field");
    }

    @Test
    void refusesAnIdInTheCreateBody() {
        DataApi.Reply reply = api.post("/sobjects/Task", Json.object().put("Id", api.task("a")));

        assertThat(reply.errorCode()).isEqualTo("INVALID_FIELD");
        assertThat(reply.message()).isEqualTo("The Id field should not be specified in the sobject data.");
    }

    @Test
    void letsTaskSubtypeBeSetOnCreateButNotChanged() {
        String id = api.create("Task", Json.object().put("Subject", "a").put("TaskSubtype", "Call"));

        DataApi.Reply reply = api.patch("/sobjects/Task/" + id, Json.object().put("TaskSubtype", "Email"));

        assertThat(api.get("/sobjects/Task/" + id).json().get("TaskSubtype").asString()).isEqualTo("Call");
        assertThat(reply.errorCode()).isEqualTo("INVALID_FIELD_FOR_INSERT_UPDATE");
    }

    @Test
    void checksReferenceFieldsByFormatTypeAndExistence() {
        String account = api.create("Account", Json.object().put("Name", "Acme"));
        String missingContact = SalesforceIds.to18("0035g0000000zzz");

        DataApi.Reply malformed = api.post("/sobjects/Task", Json.object().put("WhoId", "NotReal"));
        DataApi.Reply wrongType = api.post("/sobjects/Task", Json.object().put("WhoId", account));
        DataApi.Reply missing = api.post("/sobjects/Task", Json.object().put("WhoId", missingContact));
        DataApi.Reply foreignOwner = api.post("/sobjects/Task", Json.object().put("OwnerId",
                SalesforceIds.to18("0055g0000000zzz")));

        assertThat(malformed.errorCode()).isEqualTo("MALFORMED_ID");
        assertThat(malformed.message()).isEqualTo("Name ID: id value of incorrect type: NotReal");
        assertThat(wrongType.errorCode()).isEqualTo("FIELD_INTEGRITY_EXCEPTION");
        assertThat(wrongType.message()).isEqualTo("Name ID: id value of incorrect type: " + account);
        assertThat(missing.errorCode()).isEqualTo("INVALID_CROSS_REFERENCE_KEY");
        assertThat(foreignOwner.errorCode()).isEqualTo("INVALID_CROSS_REFERENCE_KEY");
    }

    @Test
    void refusesAReferenceToAnotherOrgsRecord() {
        try (DataApi other = DataApi.start()) {
            String foreignAccount = other.create("Account", Json.object().put("Name", "Elsewhere"));

            DataApi.Reply reply = api.post("/sobjects/Task", Json.object().put("WhatId", foreignAccount));

            assertThat(reply.errorCode()).isEqualTo("INVALID_CROSS_REFERENCE_KEY");
        }
    }

    @Test
    void refusesADuplicateExternalId() {
        api.create("Task", Json.object().put("TaskSync_Id__c", "ts-1"));

        DataApi.Reply reply = api.post("/sobjects/Task", Json.object().put("TaskSync_Id__c", "TS-1"));

        assertThat(reply.errorCode()).isEqualTo("DUPLICATE_VALUE");
    }

    @Test
    void refusesMalformedEmailAddresses() {
        DataApi.Reply reply = api.post("/sobjects/Contact", Json.object().put("LastName", "Doe").put("Email", "not-an-email"));

        assertThat(reply.errorCode()).isEqualTo("INVALID_EMAIL_ADDRESS");
        assertThat(reply.message()).isEqualTo("Email: invalid email address: not-an-email");
    }

    @Test
    void refusesWritesToReadOnlyTypes() {
        DataApi.Reply reply = api.post("/sobjects/TaskStatus", Json.object().put("MasterLabel", "x"));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.errorCode()).isEqualTo("INVALID_TYPE_FOR_OPERATION");
    }
}
