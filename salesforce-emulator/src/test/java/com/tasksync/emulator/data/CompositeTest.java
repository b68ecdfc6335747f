package com.tasksync.emulator.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.emulator.http.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

class CompositeTest {

    private final DataApi api = DataApi.start();

    @AfterEach
    void stop() {
        api.close();
    }

    private static ObjectNode sub(ArrayNode list, String method, String url, String referenceId) {
        ObjectNode sub = list.addObject().put("method", method).put("url", url).put("referenceId", referenceId);
        return sub;
    }

    @Test
    void runsSubrequestsWithReferencesToEarlierResults() {
        ObjectNode body = Json.object().put("allOrNone", true);
        ArrayNode list = body.putArray("compositeRequest");
        sub(list, "POST", "/services/data/v66.0/sobjects/Account", "acct").putObject("body").put("Name", "Acme");
        sub(list, "POST", "/services/data/v66.0/sobjects/Task", "task").putObject("body").put("Subject", "Call")
                .put("WhatId", "@{acct.id}");
        sub(list, "GET", "/services/data/v66.0/sobjects/Task/@{task.id}?fields=WhatId,AccountId", "read");

        DataApi.Reply reply = api.post("/composite", body);

        JsonNode results = reply.json().get("compositeResponse");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(results.get(0).get("httpStatusCode").intValue()).isEqualTo(201);
        assertThat(results.get(0).get("referenceId").asString()).isEqualTo("acct");
        assertThat(results.get(1).get("httpHeaders").get("Location").asString())
                .isEqualTo("/services/data/v66.0/sobjects/Task/" + results.get(1).get("body").get("id").asString());
        String account = results.get(0).get("body").get("id").asString();
        assertThat(results.get(2).get("body").get("WhatId").asString()).isEqualTo(account);
        assertThat(results.get(2).get("body").get("AccountId").asString()).isEqualTo(account);
    }

    @Test
    void haltsAndRollsBackEverythingWithAllOrNone() {
        ObjectNode body = Json.object().put("allOrNone", true);
        ArrayNode list = body.putArray("compositeRequest");
        sub(list, "POST", "/services/data/v66.0/sobjects/Task", "good").putObject("body").put("Subject", "ok");
        sub(list, "POST", "/services/data/v66.0/sobjects/Task", "bad").putObject("body").put("Nope__c", "x");
        sub(list, "POST", "/services/data/v66.0/sobjects/Task", "after").putObject("body").put("Subject", "later");

        JsonNode results = api.post("/composite", body).json().get("compositeResponse");

        assertThat(results.get(0).get("httpStatusCode").intValue()).isEqualTo(400);
        assertThat(results.get(0).get("body").get(0).get("errorCode").asString()).isEqualTo("PROCESSING_HALTED");
        assertThat(results.get(1).get("body").get(0).get("errorCode").asString()).isEqualTo("INVALID_FIELD");
        assertThat(results.get(2).get("body").get(0).get("errorCode").asString()).isEqualTo("PROCESSING_HALTED");
        assertThat(OrgData.of(api.org).store(OrgData.of(api.org).schema().type("Task")).size()).isZero();
    }

    @Test
    void keepsIndependentResultsWithoutAllOrNone() {
        ObjectNode body = Json.object().put("allOrNone", false);
        ArrayNode list = body.putArray("compositeRequest");
        sub(list, "POST", "/services/data/v66.0/sobjects/Task", "bad").putObject("body").put("Nope__c", "x");
        sub(list, "POST", "/services/data/v66.0/sobjects/Task", "good").putObject("body").put("Subject", "ok");
        sub(list, "DELETE", "/services/data/v66.0/sobjects/Task/@{bad.id}", "uses-bad");

        JsonNode results = api.post("/composite", body).json().get("compositeResponse");

        assertThat(results.get(0).get("httpStatusCode").intValue()).isEqualTo(400);
        assertThat(results.get(1).get("httpStatusCode").intValue()).isEqualTo(201);
        assertThat(results.get(2).get("body").get(0).get("errorCode").asString()).isEqualTo("PROCESSING_HALTED");
        assertThat(OrgData.of(api.org).store(OrgData.of(api.org).schema().type("Task")).size()).isEqualTo(1);
    }

    @Test
    void resolvesReferencesIntoQueryResults() {
        String id = api.task("Find me");
        ObjectNode body = Json.object();
        ArrayNode list = body.putArray("compositeRequest");
        sub(list, "GET", "/services/data/v66.0/query?q=SELECT Id FROM Task WHERE Subject = 'Find me'", "found");
        sub(list, "PATCH", "/services/data/v66.0/sobjects/Task/@{found.records[0].Id}", "edit").putObject("body")
                .put("Subject", "Found");

        JsonNode results = api.post("/composite", body).json().get("compositeResponse");

        assertThat(results.get(1).get("httpStatusCode").intValue()).isEqualTo(204);
        assertThat(api.get("/sobjects/Task/" + id).json().get("Subject").asString()).isEqualTo("Found");
    }

    @Test
    void answersLimitExceededInsideTheResponseForMoreThan25Subrequests() {
        ObjectNode body = Json.object();
        ArrayNode list = body.putArray("compositeRequest");
        for (int i = 0; i < 26; i++) {
            sub(list, "GET", "/services/data/v66.0/limits", "r" + i);
        }

        DataApi.Reply reply = api.post("/composite", body);

        assertThat(reply.status()).isEqualTo(200);
        JsonNode only = reply.json().get("compositeResponse").get(0);
        assertThat(reply.json().get("compositeResponse")).hasSize(1);
        assertThat(only.get("httpStatusCode").intValue()).isEqualTo(400);
        assertThat(only.get("body").get(0).get("errorCode").asString()).isEqualTo("LIMIT_EXCEEDED");
        assertThat(only.get("referenceId").isNull()).isTrue();
    }
}
