package com.tasksync.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Raw REST calls for the benchmarks, on the JDK HTTP client with no retries and no object
 * mapping, so that the figures measure the emulator rather than a client library.
 */
final class ApiSession {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String VERSION = "/services/data/v66.0";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String baseUrl;
    private final String token;

    ApiSession(String baseUrl, String token) {
        this.baseUrl = baseUrl;
        this.token = token;
    }

    List<String> createTasks(ArrayNode records) throws IOException, InterruptedException {
        JsonNode results = collection("POST", records);
        List<String> ids = new ArrayList<>(records.size());
        for (JsonNode r : results) {
            if (!r.path("success").asBoolean()) {
                throw new IllegalStateException("create failed: " + r);
            }
            ids.add(r.get("id").asString());
        }
        return ids;
    }

    JsonNode collection(String method, ArrayNode records) throws IOException, InterruptedException {
        ObjectNode body = JSON.createObjectNode().put("allOrNone", false);
        body.set("records", records);
        HttpRequest request = request(VERSION + "/composite/sobjects")
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)))
                .build();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(method + " collection: " + response.statusCode() + " " + new String(response.body(), StandardCharsets.UTF_8));
        }
        return JSON.readTree(response.body());
    }

    /** Reads every page of a query, counting records without building them; returns the count. */
    int queryAll(String soql) throws IOException, InterruptedException {
        String next = VERSION + "/query?q=" + URLEncoder.encode(soql, StandardCharsets.UTF_8).replace("+", "%20");
        int count = 0;
        while (next != null) {
            HttpResponse<InputStream> response = http.send(request(next).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("query: " + response.statusCode() + " " + new String(response.body().readAllBytes(), StandardCharsets.UTF_8));
            }
            Page page = readPage(response.body());
            count += page.records();
            next = page.nextRecordsUrl();
        }
        return count;
    }

    private record Page(int records, String nextRecordsUrl) {
    }

    private static Page readPage(InputStream in) throws IOException {
        int records = 0;
        String next = null;
        try (in; JsonParser p = JSON.createParser(in)) {
            p.nextToken();
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if ("records".equals(name) && value == JsonToken.START_ARRAY) {
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        p.skipChildren();
                        records++;
                    }
                } else if ("nextRecordsUrl".equals(name)) {
                    next = p.getString();
                } else {
                    p.skipChildren();
                }
            }
        }
        return new Page(records, next);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Authorization", "Bearer " + token);
    }
}
