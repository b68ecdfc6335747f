package com.tasksync.torture.tasksync;

import com.tasksync.torture.http.Exchange;
import com.tasksync.torture.http.HarnessHttpException;
import com.tasksync.torture.http.Http;
import com.tasksync.torture.http.Json;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * One rep's calls to TaskSync's REST API, each to the node the caller names: task writes (whose
 * outcome is kept, answered or not), listings, and the sync switch, state, log and set-aside records.
 */
public final class RepTaskSync {

    private static final int PAGE = 200;

    private final Http http = Http.withoutCookies();
    private final Credentials rep;

    public RepTaskSync(Credentials rep) {
        this.rep = rep;
    }

    public Credentials credentials() {
        return rep;
    }

    public Exchange create(String node, JsonNode fields) {
        return call(node, "POST", "/api/tasks", "application/json", fields);
    }

    public Exchange patch(String node, String taskId, JsonNode mergePatch) {
        return call(node, "PATCH", "/api/tasks/" + taskId, "application/merge-patch+json", mergePatch);
    }

    /** {@code complete}, {@code reopen} or {@code restore}. */
    public Exchange action(String node, String taskId, String action) {
        return call(node, "POST", "/api/tasks/" + taskId + "/" + action, null, null);
    }

    public Exchange delete(String node, String taskId) {
        return call(node, "DELETE", "/api/tasks/" + taskId, null, null);
    }

    public Exchange switchSync(String node, boolean enabled) {
        return call(node, "PUT", "/api/sync", "application/json", Json.object().put("enabled", enabled));
    }

    public JsonNode syncStatus(String node) {
        return get(node, "/api/sync");
    }

    /** Every task of one view ({@code all} or {@code trash}), over all pages. */
    public List<JsonNode> tasks(String node, String view) {
        return pages(node, "/api/tasks?view=" + view + "&size=" + PAGE + "&page=");
    }

    /** The live tasks due between the two dates (both included): one page of at most 200. */
    public List<JsonNode> tasksDue(String node, LocalDate from, LocalDate to) {
        var list = new ArrayList<JsonNode>();
        get(node, "/api/tasks?view=all&dueFrom=" + from + "&dueTo=" + to + "&size=" + PAGE).path("items")
                .forEach(list::add);
        return list;
    }

    public List<JsonNode> syncLog(String node) {
        return pages(node, "/api/sync/log?size=" + PAGE + "&page=");
    }

    /** The records sync set aside, or empty when this TaskSync has no such listing yet. */
    public Optional<List<JsonNode>> setAside(String node) {
        var exchange = call(node, "GET", "/api/sync/set-aside", null, null);
        if (exchange.answered() && exchange.reply().status() == 404) {
            return Optional.empty();
        }
        var body = answer(exchange, "/api/sync/set-aside");
        var items = body.isArray() ? body : body.path("items");
        var list = new ArrayList<JsonNode>();
        items.forEach(list::add);
        return Optional.of(list);
    }

    private List<JsonNode> pages(String node, String pathWithoutPage) {
        var all = new ArrayList<JsonNode>();
        for (int page = 0; ; page++) {
            var body = get(node, pathWithoutPage + page);
            body.path("items").forEach(all::add);
            if (body.path("items").size() < PAGE || all.size() >= body.path("totalItems").asLong()) {
                return all;
            }
        }
    }

    private JsonNode get(String node, String path) {
        return answer(call(node, "GET", path, null, null), path);
    }

    private static JsonNode answer(Exchange exchange, String path) {
        if (!exchange.acknowledged()) {
            throw new HarnessHttpException("GET " + path + " failed: " + exchange.describe());
        }
        return exchange.reply().json();
    }

    private Exchange call(String node, String method, String path, String contentType, JsonNode body) {
        var headers = contentType == null ? Map.of("Authorization", rep.basic())
                : Map.of("Authorization", rep.basic(), "Content-Type", contentType);
        return http.exchange(method, node + path, headers, body == null ? null : Json.bytes(body));
    }
}
