package com.tasksync.torture.salesforce;

import com.tasksync.torture.http.HarnessHttpException;
import com.tasksync.torture.http.Http;
import com.tasksync.torture.http.Json;
import com.tasksync.torture.http.Reply;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The emulator's admin API ({@code /__admin/}): not Salesforce, the test bench around it. */
public final class EmulatorAdmin {

    private static final Map<String, String> JSON_HEADERS = Map.of("Content-Type", "application/json");

    private final Http http = Http.withoutCookies();
    private final String baseUrl;

    public EmulatorAdmin(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** A new org with "Set Audit Fields upon Record Creation" on; returns its id. */
    public String createOrg(String name, long dailyApiRequests) {
        var settings = Json.object().put("setAuditFields", true).put("dailyApiRequests", dailyApiRequests)
                .put("timeZone", "UTC");
        var body = Json.object().put("name", name);
        body.set("settings", settings);
        return Json.text(post("/__admin/orgs", body), "id");
    }

    /** A user of the org; returns its id. */
    public String createUser(String orgId, String username, String password) {
        var body = Json.object().put("username", username).put("password", password).put("firstName", "Rep")
                .put("lastName", username.substring(0, username.indexOf('@'))).put("timeZone", "UTC");
        return Json.text(post("/__admin/orgs/" + orgId + "/users", body), "id");
    }

    /**
     * A user of the org with system permissions switched on or off by API name ({@code ViewAllData},
     * {@code ViewSetup}) on top of a standard user's; returns its id.
     */
    public String createUser(String orgId, String username, String password, Map<String, Boolean> permissions) {
        var body = Json.object().put("username", username).put("password", password).put("firstName", "Integration")
                .put("lastName", username.substring(0, username.indexOf('@'))).put("timeZone", "UTC");
        var granted = body.putObject("permissions");
        permissions.forEach(granted::put);
        return Json.text(post("/__admin/orgs/" + orgId + "/users", body), "id");
    }

    /** Selects exactly these entities ({@code Task}) for Change Data Capture in the org. */
    public void selectForChangeDataCapture(String orgId, List<String> entities) {
        var body = Json.object();
        var selected = body.putArray("selectedEntities");
        entities.forEach(selected::add);
        call("PATCH", "/__admin/orgs/" + orgId + "/change-data-capture", body, false);
    }

    /** Where the emulator's Pub/Sub API listens, and the PEM certificate a client must trust for it. */
    public PubSubAddress pubSub() {
        var described = call("GET", "/__admin/pubsub", null, false).json();
        return new PubSubAddress(described.path("port").asInt(), Json.text(described, "certificate"));
    }

    /** Has the Pub/Sub API take every Subscribe stream opened from now on this long after its first request. */
    public void subscribeDelay(long millis) {
        call("PUT", "/__admin/pubsub/subscribe-delay", Json.object().put("millis", millis), false);
    }

    /** The Pub/Sub API's port on the emulator's host, and its self-signed certificate. */
    public record PubSubAddress(int port, String certificate) {
    }

    public void registerApp(String name, List<String> redirectUris, String clientId, String clientSecret) {
        var body = Json.object().put("name", name).put("clientId", clientId).put("clientSecret", clientSecret);
        var uris = body.putArray("redirectUris");
        redirectUris.forEach(uris::add);
        post("/__admin/connected-apps", body);
    }

    /** A session for the user without OAuth, as the rep's own browser session in Salesforce would be. */
    public String openSession(String username) {
        return Json.text(post("/__admin/sessions", Json.object().put("username", username)), "accessToken");
    }

    public String addFault(ObjectNode fault) {
        return Json.text(post("/__admin/faults", fault), "id");
    }

    public void removeFault(String id) {
        call("DELETE", "/__admin/faults/" + id, null, true);
    }

    public void clearFaults() {
        call("DELETE", "/__admin/faults", null, false);
    }

    public JsonNode org(String orgId) {
        return call("GET", "/__admin/orgs/" + orgId, null, false).json();
    }

    public void setApiUsage(String orgId, long used) {
        call("PUT", "/__admin/orgs/" + orgId + "/api-usage", Json.object().put("used", used), false);
    }

    /** Every call made with the org's access tokens so far, over all routes. */
    public long callCount(String orgId) {
        return callsByRoute(orgId).values().stream().mapToLong(Long::longValue).sum();
    }

    /** The calls made with the org's access tokens so far, by route ({@code GET /services/data/{version}/queryAll}). */
    public Map<String, Long> callsByRoute(String orgId) {
        var calls = call("GET", "/__admin/calls?orgId=" + orgId, null, false).json().path("calls");
        var byRoute = new java.util.TreeMap<String, Long>();
        for (var route : calls) {
            byRoute.merge(route.path("route").asString(), route.path("count").asLong(), Long::sum);
        }
        return byRoute;
    }

    /**
     * Every committed write of the org's Task records the emulator still keeps, oldest first: the record,
     * its new SystemModstamp, the writing user and client, and each changed field before and after.
     */
    public JsonNode taskHistory(String orgId) {
        return call("GET", "/__admin/orgs/" + orgId + "/history?type=Task", null, false).json().path("history");
    }

    private JsonNode post(String path, JsonNode body) {
        return call("POST", path, body, false).json();
    }

    private Reply call(String method, String path, JsonNode body, boolean missingIsFine) {
        var reply = http.send(method, baseUrl + path, body == null ? Map.of() : JSON_HEADERS,
                body == null ? null : Json.bytes(body));
        if (!reply.ok() && !(missingIsFine && reply.status() == 404)) {
            throw new HarnessHttpException(method + " " + path + " → " + reply.brief());
        }
        return reply;
    }
}
