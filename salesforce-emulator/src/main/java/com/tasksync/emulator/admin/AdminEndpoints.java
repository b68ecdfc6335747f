package com.tasksync.emulator.admin;

import com.tasksync.emulator.http.Access;
import com.tasksync.emulator.http.Json;
import com.tasksync.emulator.http.Request;
import com.tasksync.emulator.http.Response;
import com.tasksync.emulator.http.Router;
import com.tasksync.emulator.org.ConnectedApp;
import com.tasksync.emulator.org.Org;
import com.tasksync.emulator.org.OrgSettings;
import com.tasksync.emulator.org.Session;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Registers the test-only admin API under /__admin/: orgs, users and roles, connected apps and sessions. */
public final class AdminEndpoints {

    private final Admin admin;
    private final Supplier<String> baseUrl;

    private AdminEndpoints(Admin admin, Supplier<String> baseUrl) {
        this.admin = admin;
        this.baseUrl = baseUrl;
    }

    public static void register(Router router, Admin admin, Faults faults, Supplier<String> baseUrl) {
        AdminEndpoints orgs = new AdminEndpoints(admin, baseUrl);
        router.get("/__admin/orgs", Access.ADMIN, orgs::listOrgs)
                .post("/__admin/orgs", Access.ADMIN, orgs::createOrg)
                .get("/__admin/orgs/{orgId}", Access.ADMIN, r -> Response.json(200, orgs.org(admin.org(r.pathVariable("orgId")))))
                .patch("/__admin/orgs/{orgId}/settings", Access.ADMIN, orgs::updateSettings)
                .put("/__admin/orgs/{orgId}/api-usage", Access.ADMIN, orgs::setApiUsage)
                .post("/__admin/connected-apps", Access.ADMIN, orgs::registerApp)
                .post("/__admin/sessions", Access.ADMIN, orgs::openSession);
        UserEndpoints.register(router, admin);
        FaultEndpoints.register(router, admin, faults);
    }

    private Response listOrgs(Request request) {
        ArrayNode list = Json.array();
        admin.orgs().forEach(org -> list.add(org(org)));
        return Response.json(200, list);
    }

    private Response createOrg(Request request) {
        JsonNode body = AdminJson.body(request);
        String name = AdminJson.text(body, "name", true);
        OrgSettings settings = AdminJson.settings(body.get("settings"), OrgSettings.defaults());
        return Response.json(201, org(admin.createOrg(name, settings)));
    }

    private Response updateSettings(Request request) {
        JsonNode body = AdminJson.body(request);
        OrgSettings updated = admin.updateSettings(request.pathVariable("orgId"), s -> {
            OrgSettings next = AdminJson.settings(body, s);
            if (next.taskSyncIdField() != s.taskSyncIdField()) {
                throw AdminErrors.invalid("taskSyncIdField", "can be chosen only when the org is created");
            }
            if (!next.defaultTaskStatus().equals(s.defaultTaskStatus())) {
                throw AdminErrors.invalid("defaultTaskStatus", "can be chosen only when the org is created");
            }
            return next;
        });
        return Response.json(200, AdminJson.settings(updated));
    }

    private Response setApiUsage(Request request) {
        Long used = AdminJson.number(AdminJson.body(request), "used");
        if (used == null) {
            throw AdminErrors.invalid("used", "required");
        }
        admin.setApiUsage(request.pathVariable("orgId"), used);
        Org org = admin.org(request.pathVariable("orgId"));
        ObjectNode out = Json.object();
        out.put("used", org.apiUsage().used(admin.now()));
        out.put("max", org.settings().dailyApiRequests());
        return Response.json(200, out);
    }

    private Response registerApp(Request request) {
        JsonNode body = AdminJson.body(request);
        NewConnectedApp spec = new NewConnectedApp(AdminJson.text(body, "name", true),
                AdminJson.strings(body, "redirectUris"), AdminJson.text(body, "certificate", false),
                AdminJson.text(body, "runAs", false));
        String clientId = AdminJson.text(body, "clientId", false);
        ConnectedApp app = clientId == null ? admin.registerApp(spec)
                : admin.registerApp(spec, clientId, AdminJson.text(body, "clientSecret", false));
        ObjectNode out = Json.object();
        out.put("name", app.name());
        out.put("clientId", app.clientId());
        out.put("clientSecret", app.clientSecret());
        ArrayNode uris = out.putArray("redirectUris");
        app.redirectUris().forEach(uris::add);
        out.put("jwt", app.certificateKey() != null);
        out.put("runAsUserId", app.runAsUserId());
        return Response.json(201, out);
    }

    private Response openSession(Request request) {
        Session session = admin.openSession(AdminJson.text(AdminJson.body(request), "username", true));
        ObjectNode out = Json.object();
        out.put("accessToken", session.accessToken());
        out.put("instanceUrl", baseUrl.get());
        out.put("id", baseUrl.get() + "/id/" + session.org().id() + "/" + session.user().id());
        out.put("orgId", session.org().id());
        out.put("userId", session.user().id());
        return Response.json(201, out);
    }

    private ObjectNode org(Org org) {
        ObjectNode out = Json.object();
        out.put("id", org.id());
        out.put("name", org.name());
        out.set("settings", AdminJson.settings(org.settings()));
        out.put("apiUsage", org.apiUsage().used(admin.now()));
        ArrayNode users = out.putArray("users");
        org.users().forEach(u -> users.add(UserEndpoints.user(org, u, admin)));
        return out;
    }
}
