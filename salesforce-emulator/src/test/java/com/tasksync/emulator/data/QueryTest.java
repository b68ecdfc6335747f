package com.tasksync.emulator.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.emulator.http.Json;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

class QueryTest {

    private final DataApi api = DataApi.start();

    @AfterEach
    void stop() {
        api.close();
    }

    private static String q(String soql) {
        return "?q=" + URLEncoder.encode(soql, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private void createTasks(int count) {
        for (int done = 0; done < count; done += 200) {
            ObjectNode body = Json.object();
            ArrayNode records = body.putArray("records");
            for (int i = done; i < Math.min(count, done + 200); i++) {
                ObjectNode r = records.addObject();
                r.putObject("attributes").put("type", "Task");
                r.put("Subject", "task " + i);
            }
            api.post("/composite/sobjects", body);
        }
    }

    @Test
    void returnsTheSelectedFieldsWithAttributes() {
        String id = api.task("Call Bob");

        JsonNode page = api.get("/query" + q("SELECT Id, Subject FROM Task WHERE Subject = 'Call Bob'")).json();

        assertThat(page.get("totalSize").intValue()).isEqualTo(1);
        assertThat(page.get("done").booleanValue()).isTrue();
        assertThat(page.has("nextRecordsUrl")).isFalse();
        JsonNode record = page.get("records").get(0);
        assertThat(record.propertyNames()).containsExactly("attributes", "Id", "Subject");
        assertThat(record.get("attributes").get("url").asString()).isEqualTo("/services/data/v66.0/sobjects/Task/" + id);
    }

    @Test
    void pagesThroughLargeResultsWithBatchSize() {
        createTasks(1100);

        List<String> ids = new ArrayList<>();
        DataApi.Reply reply = api.get("/query" + q("SELECT Id FROM Task"), "Sforce-Query-Options", "batchSize=500");
        int pages = 1;
        while (true) {
            JsonNode page = reply.json();
            assertThat(page.get("totalSize").intValue()).isEqualTo(1100);
            page.get("records").forEach(r -> ids.add(r.get("Id").asString()));
            if (page.get("done").booleanValue()) {
                break;
            }
            String next = page.get("nextRecordsUrl").asString();
            assertThat(next).matches("/services/data/v66\\.0/query/0r8\\w{15}-\\d+");
            reply = api.send("GET", next, null);
            pages++;
        }

        assertThat(pages).isEqualTo(3);
        assertThat(ids).hasSize(1100);
        assertThat(new HashSet<>(ids)).hasSize(1100);
    }

    @Test
    void usesPagesOf2000ByDefaultAndClampsBatchSizeTo200AtLeast() {
        createTasks(2100);

        JsonNode page = api.get("/query" + q("SELECT Id FROM Task")).json();
        JsonNode small = api.get("/query" + q("SELECT Id FROM Task"), "Sforce-Query-Options", "batchSize=10").json();

        assertThat(page.get("records")).hasSize(2000);
        assertThat(small.get("records")).hasSize(200);
    }

    @Test
    void countsWithCountOnly() {
        createTasks(5);

        JsonNode page = api.get("/query" + q("SELECT COUNT() FROM Task")).json();

        assertThat(page.get("totalSize").intValue()).isEqualTo(5);
        assertThat(page.get("done").booleanValue()).isTrue();
        assertThat(page.get("records")).isEmpty();
    }

    @Test
    void returnsDeletedRowsOnlyThroughQueryAll() {
        String kept = api.task("kept");
        String gone = api.task("gone");
        api.delete("/sobjects/Task/" + gone);

        JsonNode live = api.get("/query" + q("SELECT Id, IsDeleted FROM Task")).json();
        JsonNode all = api.get("/queryAll" + q("SELECT Id, IsDeleted FROM Task")).json();

        assertThat(live.get("records").valueStream().map(r -> r.get("Id").asString()).toList()).containsExactly(kept);
        assertThat(all.get("totalSize").intValue()).isEqualTo(2);
        JsonNode deleted = all.get("records").valueStream().filter(r -> r.get("Id").asString().equals(gone)).findFirst()
                .orElseThrow();
        assertThat(deleted.get("IsDeleted").booleanValue()).isTrue();
    }

    @Test
    void continuesAQueryAllCursorUnderQuery() {
        createTasks(250);
        api.delete("/sobjects/Task/" + api.task("gone"));

        JsonNode first = api.get("/queryAll" + q("SELECT Id FROM Task"), "Sforce-Query-Options", "batchSize=200").json();
        JsonNode second = api.send("GET", first.get("nextRecordsUrl").asString(), null).json();

        assertThat(first.get("totalSize").intValue()).isEqualTo(251);
        assertThat(second.get("records")).hasSize(51);
        assertThat(second.get("done").booleanValue()).isTrue();
    }

    @Test
    void hidesArchivedTasksFromQueryButNotFromQueryAll() {
        String old = api.create("Task", Json.object().put("Subject", "old").put("Status", "Completed")
                .put("ActivityDate", "2020-01-01"));
        api.advance(Duration.ofDays(1));

        JsonNode live = api.get("/query" + q("SELECT Id FROM Task")).json();
        JsonNode all = api.get("/queryAll" + q("SELECT Id, IsArchived FROM Task")).json();

        assertThat(live.get("totalSize").intValue()).isZero();
        assertThat(all.get("records").get(0).get("Id").asString()).isEqualTo(old);
        assertThat(all.get("records").get(0).get("IsArchived").booleanValue()).isTrue();
    }

    @Test
    void refusesUnknownExpiredAndForeignLocators() {
        createTasks(300);
        JsonNode first = api.get("/query" + q("SELECT Id FROM Task"), "Sforce-Query-Options", "batchSize=200").json();
        String next = first.get("nextRecordsUrl").asString();

        DataApi.Reply unknown = api.get("/query/0r85g0000000001AAA-200");
        api.emulator.clock().advance(Duration.ofMinutes(16));
        DataApi.Reply expired = api.send("GET", next, null);

        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.errorCode()).isEqualTo("INVALID_QUERY_LOCATOR");
        assertThat(expired.errorCode()).isEqualTo("INVALID_QUERY_LOCATOR");
    }

    @Test
    void releasesTheOldestCursorBeyondFiftyPerUser() {
        createTasks(250);
        Set<String> urls = new HashSet<>();
        String firstUrl = null;
        for (int i = 0; i <= QueryCursors.PER_USER; i++) {
            String url = api.get("/query" + q("SELECT Id FROM Task"), "Sforce-Query-Options", "batchSize=200").json()
                    .get("nextRecordsUrl").asString();
            firstUrl = firstUrl == null ? url : firstUrl;
            urls.add(url);
        }

        assertThat(urls).hasSize(QueryCursors.PER_USER + 1);
        assertThat(api.send("GET", firstUrl, null).errorCode()).isEqualTo("INVALID_QUERY_LOCATOR");
        assertThat(OrgData.of(api.org).cursors().size()).isEqualTo(QueryCursors.PER_USER);
    }

    @Test
    void readsDateLiteralsInTheQueryingUsersTimeZone() {
        java.time.LocalDate today = java.time.LocalDate.ofInstant(api.emulator.clock().now(),
                java.time.ZoneId.of(api.user.timeZoneSidKey()));
        String due = api.create("Task", Json.object().put("Subject", "today").put("ActivityDate", today.toString()));
        api.create("Task", Json.object().put("Subject", "yesterday").put("ActivityDate", today.minusDays(1).toString()));

        JsonNode page = api.get("/query" + q("SELECT Id FROM Task WHERE ActivityDate = TODAY")).json();

        assertThat(page.get("records").valueStream().map(r -> r.get("Id").asString()).toList()).containsExactly(due);
    }

    @Test
    void servesTaskStatusUsersAndTheOrganization() {
        JsonNode statuses = api.get("/query" + q("SELECT MasterLabel, IsClosed, IsDefault FROM TaskStatus")).json();
        JsonNode users = api.get("/query" + q("SELECT Id, Username, TimeZoneSidKey FROM User")).json();
        JsonNode org = api.get("/query" + q("SELECT Id, Name FROM Organization")).json();

        assertThat(statuses.get("totalSize").intValue()).isEqualTo(5);
        assertThat(statuses.get("records").valueStream().filter(r -> r.get("IsClosed").booleanValue())
                .map(r -> r.get("MasterLabel").asString()).toList()).containsExactly("Completed");
        assertThat(users.get("records").get(0).get("Username").asString()).isEqualTo(api.user.username());
        assertThat(users.get("records").get(0).get("TimeZoneSidKey").asString()).isEqualTo("Europe/Paris");
        assertThat(org.get("records").get(0).get("Id").asString()).isEqualTo(api.org.id());
    }

    @Test
    void refusesAMissingQuery() {
        DataApi.Reply reply = api.get("/query");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.errorCode()).isEqualTo("MALFORMED_QUERY");
    }

    @Test
    void countsEachPageAsOneApiCall() {
        createTasks(450);
        long before = api.org.apiUsage().used(api.emulator.clock().now());

        JsonNode page = api.get("/query" + q("SELECT Id FROM Task"), "Sforce-Query-Options", "batchSize=200").json();
        while (!page.get("done").booleanValue()) {
            page = api.send("GET", page.get("nextRecordsUrl").asString(), null).json();
        }

        assertThat(api.org.apiUsage().used(api.emulator.clock().now()) - before).isEqualTo(3);
    }
}
