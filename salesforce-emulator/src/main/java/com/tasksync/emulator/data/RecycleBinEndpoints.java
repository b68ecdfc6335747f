package com.tasksync.emulator.data;

import com.tasksync.emulator.http.Access;
import com.tasksync.emulator.http.ApiException;
import com.tasksync.emulator.http.Request;
import com.tasksync.emulator.http.Response;
import com.tasksync.emulator.http.Router;
import com.tasksync.emulator.org.Directory;
import com.tasksync.emulator.org.Org;
import com.tasksync.emulator.org.SalesforceIds;
import com.tasksync.emulator.org.User;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The admin API's Recycle Bin: {@code POST /__admin/orgs/{orgId}/recycle-bin/{id}/restore} restores a
 * deleted record as a user does from Salesforce's Recycle Bin page, which the REST API cannot.
 * Body (optional): {@code {"userId":"005…"}}, the user who restores it (by default its owner).
 */
final class RecycleBinEndpoints {

    private final Directory directory;

    private RecycleBinEndpoints(Directory directory) {
        this.directory = directory;
    }

    static void register(Router router, Directory directory) {
        var endpoints = new RecycleBinEndpoints(directory);
        router.post("/__admin/orgs/{orgId}/recycle-bin/{id}/restore", Access.ADMIN, endpoints::restore);
    }

    private Response restore(Request request) {
        Org org = directory.org(request.pathVariable("orgId")).orElseThrow(ApiException::notFound);
        OrgData data = OrgData.of(org);
        Map<String, Object> record = data.record(request.pathVariable("id"));
        if (record == null) {
            throw ApiException.notFound();
        }
        String userId = userId(request, org, record);
        Map<String, Object> restored = data.undelete(request.pathVariable("id"), userId);
        return Response.json(200, Map.of("id", restored.get("Id"), "SystemModstamp", restored.get("SystemModstamp").toString()));
    }

    private static String userId(Request request, Org org, Map<String, Object> record) {
        JsonNode body = request.body().length == 0 ? null : request.json();
        JsonNode given = body == null ? null : body.get("userId");
        if (given == null || given.isNull()) {
            Object owner = record.get("OwnerId");
            return owner == null ? null : owner.toString();
        }
        String id = given.isString() ? SalesforceIds.canonical(given.asString()) : null;
        User user = id == null ? null : org.user(id);
        if (user == null) {
            throw ApiException.badRequest("INVALID_ADMIN_REQUEST", "userId: no such user in this org", "userId");
        }
        return user.id();
    }
}
