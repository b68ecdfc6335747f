package com.tasksync.torture.salesforce;

import com.tasksync.torture.http.Exchange;
import com.tasksync.torture.http.HarnessHttpException;
import com.tasksync.torture.http.Http;
import com.tasksync.torture.http.Json;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Salesforce's REST API as the rep uses it, with the rep's own session: one record at a time
 * through {@code /sobjects/Task}, and {@code queryAll} to see everything, deletes included. It
 * counts its own calls, which the org's call count includes.
 */
public final class SalesforceRest {

    public static final String DATA = "/services/data/v66.0";

    private final Http http = Http.withoutCookies();
    private final String baseUrl;
    private final String accessToken;
    private final AtomicLong calls = new AtomicLong();

    public SalesforceRest(String baseUrl, String accessToken) {
        this.baseUrl = baseUrl;
        this.accessToken = accessToken;
    }

    public Exchange create(ObjectNode record) {
        return write("POST", DATA + "/sobjects/Task", record);
    }

    public Exchange update(String id, ObjectNode fields) {
        return write("PATCH", DATA + "/sobjects/Task/" + id, fields);
    }

    public Exchange delete(String id) {
        return write("DELETE", DATA + "/sobjects/Task/" + id, null);
    }

    /** Every record the query matches, deleted ones included, over all pages. */
    public List<JsonNode> queryAll(String soql) {
        var records = new ArrayList<JsonNode>();
        var next = DATA + "/queryAll?q=" + URLEncoder.encode(soql, StandardCharsets.UTF_8);
        while (next != null) {
            calls.incrementAndGet();
            var reply = http.send("GET", baseUrl + next, headers(), null);
            if (!reply.ok()) {
                throw new HarnessHttpException("queryAll failed: " + reply.brief());
            }
            var page = reply.json();
            page.path("records").forEach(records::add);
            next = page.path("done").asBoolean(true) ? null : Json.text(page, "nextRecordsUrl");
        }
        return records;
    }

    public long callsMade() {
        return calls.get();
    }

    private Exchange write(String method, String path, ObjectNode body) {
        calls.incrementAndGet();
        return http.exchange(method, baseUrl + path, headers(), body == null ? null : Json.bytes(body));
    }

    private Map<String, String> headers() {
        return Map.of("Authorization", "Bearer " + accessToken, "Content-Type", "application/json",
                "Accept", "application/json");
    }
}
