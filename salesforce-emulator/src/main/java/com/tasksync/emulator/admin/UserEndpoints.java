package com.tasksync.emulator.admin;

import com.tasksync.emulator.http.Access;
import com.tasksync.emulator.http.Json;
import com.tasksync.emulator.http.Request;
import com.tasksync.emulator.http.Response;
import com.tasksync.emulator.http.Router;
import com.tasksync.emulator.org.Org;
import com.tasksync.emulator.org.Permission;
import com.tasksync.emulator.org.Role;
import com.tasksync.emulator.org.User;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The admin API for users and roles: create a user with its permissions and role, change them by a
 * {@code PATCH}, reset the security token, and build the role hierarchy.
 */
final class UserEndpoints {

    private static final String USERS = "/__admin/orgs/{orgId}/users";

    private final Admin admin;

    private UserEndpoints(Admin admin) {
        this.admin = admin;
    }

    static void register(Router router, Admin admin) {
        UserEndpoints users = new UserEndpoints(admin);
        router.post(USERS, Access.ADMIN, users::create)
                .get(USERS + "/{userId}", Access.ADMIN, users::show)
                .patch(USERS + "/{userId}", Access.ADMIN, users::update)
                .post(USERS + "/{userId}/security-token", Access.ADMIN, users::resetToken)
                .post("/__admin/orgs/{orgId}/roles", Access.ADMIN, users::createRole)
                .get("/__admin/orgs/{orgId}/roles", Access.ADMIN, users::listRoles);
    }

    private Response create(Request request) {
        JsonNode body = AdminJson.body(request);
        UserToCreate spec = new UserToCreate(AdminJson.text(body, "username", true), AdminJson.text(body, "password", true),
                AdminJson.text(body, "email", false), AdminJson.text(body, "firstName", false),
                AdminJson.text(body, "lastName", false), AdminJson.text(body, "timeZone", false));
        String orgId = request.pathVariable("orgId");
        String token = AdminJson.text(body, "securityToken", false);
        User user = admin.createUser(orgId, spec, change(body));
        if (token != null) {
            admin.resetSecurityToken(orgId, user.id(), token);
        }
        return Response.json(201, user(admin.org(orgId), user, admin));
    }

    private Response show(Request request) {
        Org org = admin.org(request.pathVariable("orgId"));
        return Response.json(200, user(org, admin.user(org, request.pathVariable("userId")), admin));
    }

    private Response update(Request request) {
        JsonNode body = AdminJson.body(request);
        Org org = admin.org(request.pathVariable("orgId"));
        User user = admin.updateUser(org.id(), request.pathVariable("userId"), change(body));
        return Response.json(200, user(org, user, admin));
    }

    private Response resetToken(Request request) {
        String token = AdminJson.text(AdminJson.body(request), "securityToken", false);
        String value = admin.resetSecurityToken(request.pathVariable("orgId"), request.pathVariable("userId"), token);
        return Response.json(200, Json.object().put("securityToken", value));
    }

    private Response createRole(Request request) {
        JsonNode body = AdminJson.body(request);
        Role role = admin.createRole(request.pathVariable("orgId"), AdminJson.text(body, "name", true),
                AdminJson.text(body, "parentRoleId", false));
        return Response.json(201, role(role));
    }

    private Response listRoles(Request request) {
        ArrayNode list = Json.array();
        admin.org(request.pathVariable("orgId")).access().roles().forEach(r -> list.add(role(r)));
        return Response.json(200, list);
    }

    /** The permissions object (each key a permission's API name, each value true or false) and roleId of a body. */
    private static UserChange change(JsonNode body) {
        UserChange change = UserChange.none();
        JsonNode permissions = body.get("permissions");
        if (permissions != null && !permissions.isNull()) {
            if (!permissions.isObject()) {
                throw AdminErrors.invalid("permissions", "expected an object such as {\"ViewAllData\":true}");
            }
            for (Map.Entry<String, JsonNode> e : permissions.properties()) {
                Permission permission = Permission.ofApiName(e.getKey());
                if (permission == null) {
                    throw AdminErrors.invalid("permissions." + e.getKey(), "unknown permission; known: ApiEnabled,"
                            + " ViewAllData, ModifyAllData");
                }
                if (!e.getValue().isBoolean()) {
                    throw AdminErrors.invalid("permissions." + e.getKey(), "expected true or false");
                }
                change = change.permit(permission, e.getValue().asBoolean());
            }
        }
        if (body.has("roleId")) {
            change = change.role(AdminJson.text(body, "roleId", false));
        }
        return change;
    }

    static ObjectNode user(Org org, User user, Admin admin) {
        ObjectNode out = Json.object();
        out.put("id", user.id());
        out.put("orgId", user.orgId());
        out.put("username", user.username());
        out.put("email", user.email());
        out.put("name", user.name());
        out.put("timeZone", user.timeZoneSidKey());
        ObjectNode permissions = out.putObject("permissions");
        for (Permission p : Permission.values()) {
            permissions.put(p.apiName(), org.access().has(user.id(), p));
        }
        out.put("roleId", org.access().roleOf(user.id()));
        out.put("securityToken", admin.securityToken(user.id()));
        return out;
    }

    private static ObjectNode role(Role role) {
        ObjectNode out = Json.object();
        out.put("id", role.id());
        out.put("name", role.name());
        out.put("developerName", role.developerName());
        out.put("parentRoleId", role.parentRoleId());
        return out;
    }
}
