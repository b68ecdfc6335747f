package com.tasksync.emulator.data;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ResourcesAndLimitsTest {

    private final DataApi api = DataApi.start(s -> s.withDailyApiRequests(1000));

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void listsVersionsWithoutASessionAndWithoutCountingTheCall() {
        DataApi.Reply reply = api.send("GET", "/services/data/", null, "Authorization", "Bearer nothing");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Sforce-Limit-Info")).isNull();
        JsonNode last = reply.json().get(reply.json().size() - 1);
        assertThat(last.get("label").asString()).isEqualTo("Spring '26");
        assertThat(last.get("url").asString()).isEqualTo("/services/data/v66.0");
        assertThat(last.get("version").asString()).isEqualTo("66.0");
        assertThat(api.org.apiUsage().used(api.emulator.clock().now())).isZero();
    }

    @Test
    void listsTheResourcesOfAVersion() {
        JsonNode resources = api.get("").json();

        assertThat(resources.get("sobjects").asString()).isEqualTo("/services/data/v66.0/sobjects");
        assertThat(resources.get("query").asString()).isEqualTo("/services/data/v66.0/query");
        assertThat(resources.get("identity").asString()).endsWith("/id/" + api.org.id() + "/" + api.user.id());
    }

    @Test
    void reportsDailyApiRequestsInLimitsAndInTheLimitInfoHeader() {
        api.get("/sobjects");
        DataApi.Reply reply = api.get("/limits");

        JsonNode daily = reply.json().get("DailyApiRequests");
        assertThat(daily.get("Max").intValue()).isEqualTo(1000);
        assertThat(daily.get("Remaining").intValue()).isEqualTo(998);
        assertThat(reply.header("Sforce-Limit-Info")).isEqualTo("api-usage=2/1000");
        assertThat(reply.json().has("DataStorageMB")).isTrue();
    }

    @Test
    void refusesCallsOnceTheDailyAllocationIsUsed() {
        api.org.apiUsage().set(api.emulator.clock().now(), 1000);

        DataApi.Reply reply = api.get("/limits");

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.errorCode()).isEqualTo("REQUEST_LIMIT_EXCEEDED");
        assertThat(reply.message()).isEqualTo("TotalRequests Limit exceeded.");
    }

    @Test
    void refusesDataCallsWithoutAValidSession() {
        DataApi.Reply reply = api.send("GET", api.path("/sobjects"), null, "Authorization", "Bearer " + api.org.id15() + "!nope");

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.errorCode()).isEqualTo("INVALID_SESSION_ID");
        assertThat(reply.message()).isEqualTo("Session expired or invalid");
    }

    @Test
    void answersMethodNotAllowedForMethodsARowDoesNotTake() {
        String id = api.task("a");

        DataApi.Reply reply = api.send("PUT", api.path("/sobjects/Task/" + id), null);

        assertThat(reply.status()).isEqualTo(405);
    }

    @Test
    void answersNotFoundForVersionsItDoesNotServe() {
        assertThat(api.send("GET", "/services/data/v20.0/sobjects", null).status()).isEqualTo(404);
    }
}
