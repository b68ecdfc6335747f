package com.tasksync.emulator.pubsub;

import com.tasksync.emulator.admin.Admin;
import com.tasksync.emulator.admin.AdminErrors;
import com.tasksync.emulator.admin.AdminJson;
import com.tasksync.emulator.http.Access;
import com.tasksync.emulator.http.Json;
import com.tasksync.emulator.http.Request;
import com.tasksync.emulator.http.Response;
import com.tasksync.emulator.http.Router;
import com.tasksync.emulator.org.Directory;
import com.tasksync.emulator.org.User;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;

/**
 * The admin API of the Pub/Sub API: where it listens and its certificate, dropping open streams,
 * a delay before the server takes new subscriptions, and the View All Data permission that
 * subscribing to Task change events needs.
 */
public final class PubSubAdminEndpoints {

    private static final long MAX_SUBSCRIBE_DELAY = 60_000;

    private final Admin admin;
    private final Directory directory;
    private final Supplier<PubSubServer> server;
    private final ViewAllData viewAllData;

    private PubSubAdminEndpoints(Admin admin, Directory directory, Supplier<PubSubServer> server, ViewAllData viewAllData) {
        this.admin = admin;
        this.directory = directory;
        this.server = server;
        this.viewAllData = viewAllData;
    }

    public static void register(Router router, Admin admin, Directory directory, Supplier<PubSubServer> server,
            ViewAllData viewAllData) {
        PubSubAdminEndpoints endpoints = new PubSubAdminEndpoints(admin, directory, server, viewAllData);
        router.get("/__admin/pubsub", Access.ADMIN, endpoints::describe)
                .post("/__admin/pubsub/drop-streams", Access.ADMIN, endpoints::dropStreams)
                .put("/__admin/pubsub/subscribe-delay", Access.ADMIN, endpoints::subscribeDelay)
                .put("/__admin/users/{username}/view-all-data", Access.ADMIN, endpoints::viewAllData);
    }

    private Response describe(Request request) {
        PubSubServer pubSub = server.get();
        return Response.json(200, Json.object()
                .put("endpoint", pubSub.endpoint())
                .put("port", pubSub.port())
                .put("keepalive", pubSub.keepalive().toString())
                .put("openStreams", pubSub.openStreams(null))
                .put("subscribeDelayMillis", pubSub.subscribeDelay().toMillis())
                .put("certificate", pubSub.certificate().pem()));
    }

    private Response dropStreams(Request request) {
        String orgId = AdminJson.text(AdminJson.body(request), "orgId", false);
        String canonical = orgId == null ? null : admin.org(orgId).id();
        return Response.json(200, Json.object().put("dropped", server.get().dropStreams(canonical)));
    }

    /**
     * {@code {"millis": N}}, 0 to 60,000: every Subscribe stream opened from now on is taken by the server N ms
     * after its first request; a LATEST start then begins with what is published after that.
     */
    private Response subscribeDelay(Request request) {
        JsonNode millis = AdminJson.body(request).get("millis");
        if (millis == null || !millis.isIntegralNumber() || millis.asLong() < 0 || millis.asLong() > MAX_SUBSCRIBE_DELAY) {
            throw AdminErrors.invalid("millis", "expected a whole number of milliseconds from 0 to " + MAX_SUBSCRIBE_DELAY);
        }
        server.get().subscribeDelay(java.time.Duration.ofMillis(millis.asLong()));
        return Response.json(200, Json.object().put("subscribeDelayMillis", millis.asLong()));
    }

    private Response viewAllData(Request request) {
        String username = request.pathVariable("username");
        User user = directory.userByUsername(username).orElseThrow(() -> AdminErrors.notFound("username", username));
        JsonNode granted = AdminJson.body(request).get("granted");
        if (granted == null || !granted.isBoolean()) {
            throw AdminErrors.invalid("granted", "expected true or false");
        }
        viewAllData.grant(user, granted.asBoolean());
        return Response.json(200, Json.object().put("username", user.username()).put("viewAllData", granted.asBoolean()));
    }
}
