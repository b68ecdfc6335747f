package com.tasksync.task;

import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.support.Api;
import com.tasksync.support.AppTestBase;
import com.tasksync.support.ApiResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TaskValidationTest extends AppTestBase {

    static Stream<Arguments> badBodies() {
        return Stream.of(
                bad("an unknown field", json("colour", "red"), "colour"),
                bad("the read-only id", json("id", "9b0c6a1e-0000-4000-8000-000000000000"), "id"),
                bad("the read-only salesforceId", json("salesforceId", "00T000000000001AAA"), "salesforceId"),
                bad("the read-only syncState", json("syncState", "synced"), "syncState"),
                bad("the read-only syncError", json("syncError", "x"), "syncError"),
                bad("the read-only version", json("version", 7), "version"),
                bad("the read-only createdAt", json("createdAt", "2026-01-01T00:00:00Z"), "createdAt"),
                bad("the read-only updatedAt", json("updatedAt", "2026-01-01T00:00:00Z"), "updatedAt"),
                bad("the read-only completedAt", json("completedAt", "2026-01-01T00:00:00Z"), "completedAt"),
                bad("the read-only deletedAt", json("deletedAt", "2026-01-01T00:00:00Z"), "deletedAt"),
                bad("a number as subject", json("subject", 42), "subject"),
                bad("a boolean as subject", json("subject", true), "subject"),
                bad("an object as subject", json("subject", Map.of("text", "x")), "subject"),
                bad("an array as description", json("description", new String[] {"x"}), "description"),
                bad("a null subject", json("subject", null), "subject"),
                bad("an empty subject", json("subject", ""), "subject"),
                bad("a whitespace-only subject", json("subject", " \t "), "subject"),
                bad("a subject of no-break and em spaces", json("subject", "\u00a0\u2003\u200b"), "subject"),
                bad("a 256-character subject", json("subject", "x".repeat(256)), "subject"),
                bad("a 256-emoji subject", json("subject", "\uD83D\uDE00".repeat(256)), "subject"),
                bad("a 32001-character description", json("description", "d".repeat(32_001)), "description"),
                bad("a 256-character who", json("who", "w".repeat(256)), "who"),
                bad("a 256-character what", json("what", "w".repeat(256)), "what"),
                bad("a NUL in the subject", json("subject", "a\u0000b"), "subject"),
                bad("a line break in the subject", json("subject", "a\nb"), "subject"),
                bad("a NUL in the description", json("description", "a\u0000b"), "description"),
                bad("a bell in who", json("who", "a\u0007"), "who"),
                bad("a lone surrogate in the subject", "{\"subject\":\"a\\ud800b\"}", "subject"),
                bad("a repeated key", "{\"subject\":\"Call Ada\",\"subject\":\"Call Bob\"}", "subject"),
                bad("a right-to-left override in the subject", json("subject", "invoice \u202Egpj.exe"), "subject"),
                bad("a first-strong isolate in who", json("who", "a\u2068b"), "who"),
                bad("a left-to-right mark in the description", json("description", "a\u200Eb"), "description"),
                bad("an Arabic letter mark in what", json("what", "a\u061Cb"), "what"),
                bad("February 30th", json("dueDate", "2026-02-30"), "dueDate"),
                bad("month 13", json("dueDate", "2026-13-01"), "dueDate"),
                bad("an unpadded date", json("dueDate", "2026-1-5"), "dueDate"),
                bad("a date in words", json("dueDate", "tomorrow"), "dueDate"),
                bad("year zero", json("dueDate", "0000-01-01"), "dueDate"),
                bad("a five-digit year", json("dueDate", "+12026-01-01"), "dueDate"),
                bad("a number as date", json("dueDate", 20261201), "dueDate"),
                bad("a reminder on February 30th", json("reminderAt", "2026-02-30T10:00:00Z"), "reminderAt"),
                bad("a reminder without offset", json("reminderAt", "2026-05-01T10:00:00"), "reminderAt"),
                bad("a reminder as epoch number", json("reminderAt", 1767225600), "reminderAt"),
                bad("an unknown status", json("status", "done"), "status"),
                bad("a null status", json("status", null), "status"),
                bad("an unknown priority", json("priority", "urgent"), "priority"),
                bad("a numeric priority", json("priority", 1), "priority"),
                bad("an unknown type", json("type", "meeting"), "type"),
                bad("a null type", json("type", null), "type"),
                bad("a huge number", "{\"priority\": 123456789012345678901234567890123456789}", "priority"),
                bad("a huge exponent", "{\"subject\": 1e999999}", "subject"),
                bad("an array body", "[]", "body"),
                bad("a string body", "\"subject\"", "body"),
                bad("malformed JSON", "{\"subject\":", "body"),
                bad("trailing garbage", "{\"subject\":\"x\"} x", "body"),
                bad("an empty body", "", "body"),
                bad("deep nesting", "[".repeat(5000) + "]".repeat(5000), "body"));
    }

    private static Arguments bad(String name, String body, String field) {
        return Arguments.of(name, body, field);
    }

    private static String json(String field, Object value) {
        var body = new HashMap<String, Object>();
        body.put(field, value);
        return Api.json(body);
    }

    @ParameterizedTest(name = "a patch with {0} is refused naming {2}")
    @MethodSource("badBodies")
    void refusesABadPatchNamingTheFieldAndChangesNothing(String name, String body, String field) {
        var api = api(newUser());
        var id = api.post("/api/tasks", Map.of("subject", "Original", "dueDate", "2026-12-01"))
                .json().get("id").stringValue();
        var before = api.get("/api/tasks/" + id).text();

        var response = api.send("/api/tasks/" + id, "PATCH", "application/merge-patch+json", body);

        assertNamesField(response, field);
        assertThat(api.get("/api/tasks/" + id).text()).isEqualTo(before);
    }

    @ParameterizedTest(name = "a create with {0} is refused naming {2}")
    @MethodSource("badBodies")
    void refusesABadCreateNamingTheFieldAndCreatesNothing(String name, String body, String field) {
        var api = api(newUser());

        var response = api.send("/api/tasks", "POST", "application/json", body);

        assertNamesField(response, field);
        assertThat(api.get("/api/tasks").json().get("totalItems").asLong()).isZero();
    }

    @Test
    void namesEveryBadFieldAtOnce() {
        var api = api(newUser());

        var response = api.post("/api/tasks", Map.of("subject", "", "dueDate", "2026-02-30", "version", 3));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("subject", "dueDate", "version");
    }

    @Test
    void requiresASubjectOnCreate() {
        var response = api(newUser()).post("/api/tasks", Map.of("dueDate", "2026-12-01"));

        assertNamesField(response, "subject");
    }

    @Test
    void acceptsLimitsCountedInCharactersNotBytes() {
        var api = api(newUser());
        var subject = "\uD83D\uDE00".repeat(255);

        var response = api.post("/api/tasks", Map.of("subject", subject, "description", "é".repeat(32_000)));

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.json().get("subject").stringValue()).isEqualTo(subject);
    }

    @Test
    void refusesAWrongContentTypeWith415() {
        var api = api(newUser());
        var id = api.post("/api/tasks", Map.of("subject", "x")).json().get("id").stringValue();

        var create = api.send("/api/tasks", "POST", "text/plain", "subject=x");
        var patch = api.send("/api/tasks/" + id, "PATCH", "application/xml", "<subject>x</subject>");

        for (var response : new ApiResponse[] {create, patch}) {
            assertThat(response.status()).isEqualTo(415);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void refusesAWrongMethodWith405() {
        var api = api(newUser());

        var response = api.send("/api/tasks", "PUT", "application/json", "{}");

        assertThat(response.status()).isEqualTo(405);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void answersAMalformedIdWith400AndAnUnknownIdWith404() {
        var api = api(newUser());

        var malformed = api.get("/api/tasks/not-a-uuid");
        var unknown = api.get("/api/tasks/9b0c6a1e-0000-4000-8000-000000000000");

        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).startsWith("application/problem+json");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
    }

    private static void assertNamesField(ApiResponse response, String field) {
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("status").asInt()).isEqualTo(400);
        assertThat(response.json().get("errors").findValuesAsString("field")).contains(field);
    }
}
