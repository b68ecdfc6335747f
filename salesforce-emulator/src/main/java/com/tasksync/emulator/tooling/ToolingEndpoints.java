package com.tasksync.emulator.tooling;

import com.tasksync.emulator.cdc.ChangeDataCapture;
import com.tasksync.emulator.http.Access;
import com.tasksync.emulator.http.ApiException;
import com.tasksync.emulator.http.Json;
import com.tasksync.emulator.http.Request;
import com.tasksync.emulator.http.Response;
import com.tasksync.emulator.http.Router;
import com.tasksync.emulator.org.Org;
import com.tasksync.emulator.org.Permission;
import com.tasksync.emulator.org.Session;
import com.tasksync.emulator.org.SessionGate;
import com.tasksync.emulator.schema.Schema;
import com.tasksync.emulator.soql.SoqlContext;
import com.tasksync.emulator.soql.SoqlEngine;
import com.tasksync.emulator.soql.SoqlQuery;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code GET /services/data/vNN.N/tooling/query?q=} behind the same session gate and API count as
 * the data API. It answers the Tooling API's page, which adds {@code size}, {@code queryLocator}
 * and {@code entityTypeName} to the data API's. Only the modelled tooling objects can be queried;
 * the data API's objects, unknown names, and PlatformEventChannelMember for a user without View
 * Setup and Configuration are all {@code INVALID_TYPE}: secondary sources report that error for an
 * object the user may not see, Salesforce's reference names none. Results are small (one row per
 * selected entity), so they never page.
 */
public final class ToolingEndpoints {

    private static final Schema READABLE = schemaOf(true);
    private static final Schema HIDDEN = schemaOf(false);

    private final ChangeDataCapture cdc;

    private ToolingEndpoints(ChangeDataCapture cdc) {
        this.cdc = cdc;
    }

    public static void register(Router router, ChangeDataCapture cdc) {
        ToolingEndpoints endpoints = new ToolingEndpoints(cdc);
        router.get("/services/data/{version}/tooling/query", Access.DATA_API, endpoints::query);
        router.get("/services/data/{version}/tooling/query/{locator}", Access.DATA_API, r -> {
            throw ApiException.badRequest("INVALID_QUERY_LOCATOR", "invalid query locator");
        });
    }

    private static Schema schemaOf(boolean channelMembers) {
        Schema schema = new Schema();
        if (channelMembers) {
            schema.add(ChannelMembers.type());
        }
        return schema;
    }

    private Response query(Request request) {
        String soql = request.query("q");
        if (soql == null || soql.isBlank()) {
            throw ApiException.badRequest("MALFORMED_QUERY", "A query string has to be specified");
        }
        Session session = request.attribute(Session.class);
        Org org = session.org();
        int version = request.attribute(SessionGate.ApiVersion.class).major();
        boolean readable = version >= ChannelMembers.SINCE_VERSION
                && org.access().has(session.user().id(), Permission.VIEW_SETUP);
        SoqlQuery query = SoqlEngine.compile(soql, readable ? READABLE : HIDDEN);
        // No field of the modelled tooling objects is a date, so the user's time zone changes nothing.
        SoqlContext context = new SoqlContext(org.clock().now(), ZoneOffset.UTC);
        List<Map<String, Object>> rows = ChannelMembers.rows(cdc.feed(org)).stream()
                .filter(row -> query.matches(row, context))
                .sorted(order(query))
                .skip(query.offset().orElse(0))
                .limit(query.limit().orElse(Integer.MAX_VALUE))
                .toList();
        return Response.json(200, page(query, rows, "/services/data/v" + version + ".0"));
    }

    private static Comparator<Map<String, Object>> order(SoqlQuery query) {
        Comparator<Map<String, Object>> byId = Comparator.comparing(row -> (String) row.get("Id"));
        return query.ordering() == null ? byId : query.ordering().thenComparing(byId);
    }

    private static ObjectNode page(SoqlQuery query, List<Map<String, Object>> rows, String apiPath) {
        String type = query.from().name();
        ObjectNode page = Json.object();
        page.put("size", rows.size());
        page.put("totalSize", rows.size());
        page.put("done", true);
        page.putNull("queryLocator");
        // An empty answer names no entity type: what Salesforce sends then was not confirmed.
        page.put("entityTypeName", rows.isEmpty() ? null : type);
        ArrayNode records = page.putArray("records");
        if (query.countOnly()) {
            return page;
        }
        for (Map<String, Object> row : rows) {
            ObjectNode record = records.addObject();
            record.putObject("attributes").put("type", type)
                    .put("url", apiPath + "/tooling/sobjects/" + type + "/" + row.get("Id"));
            query.fields().forEach(field -> record.put(field, (String) row.get(field)));
        }
        return page;
    }
}
