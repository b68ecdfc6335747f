package com.tasksync.emulator.data;

import com.tasksync.emulator.http.Access;
import com.tasksync.emulator.http.ApiException;
import com.tasksync.emulator.http.Json;
import com.tasksync.emulator.http.Request;
import com.tasksync.emulator.http.Response;
import com.tasksync.emulator.http.Route;
import com.tasksync.emulator.http.Router;
import com.tasksync.emulator.org.ApiVersions;
import com.tasksync.emulator.org.Session;
import com.tasksync.emulator.org.SessionGate;
import java.net.URI;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Composite ({@code POST /composite}): up to 25 subrequests run in order through the same routes
 * as direct calls, as one API call. Later subrequests use earlier results through
 * {@code @{referenceId.path}}. With allOrNone, one failure rolls all of them back and the others
 * report PROCESSING_HALTED.
 */
final class CompositeEndpoints {

    static final int MAX_SUBREQUESTS = 25;
    static final String HALTED = "The transaction was rolled back since another operation in the same transaction"
            + " failed.";

    private CompositeEndpoints() {
    }

    static void register(Router router) {
        router.post("/services/data/{version}/composite", Access.DATA_API, r -> composite(r, router));
    }

    private static Response composite(Request r, Router router) {
        Call call = Call.of(r);
        JsonNode body = r.json();
        JsonNode subrequests = body.path("compositeRequest");
        if (!subrequests.isArray() || subrequests.isEmpty()) {
            throw new ApiException(400, "JSON_PARSER_ERROR", "compositeRequest is required and must be an array");
        }
        boolean allOrNone = body.path("allOrNone").asBoolean(false);
        ArrayNode results;
        if (subrequests.size() > MAX_SUBREQUESTS) {
            // Salesforce answers 200 with one failed entry and no referenceId.
            ObjectNode tooMany = entry(new ApiException(400, "LIMIT_EXCEEDED",
                    "The request can\u2019t contain more than " + MAX_SUBREQUESTS + " operations.").toResponse());
            tooMany.putNull("referenceId");
            results = Json.array().add(tooMany);
        } else {
            results = call.data().write(() -> run(call, router, subrequests.valueStream().toList(), allOrNone));
        }
        ObjectNode out = Json.object();
        out.set("compositeResponse", results);
        return Response.json(200, out);
    }

    private static ArrayNode run(Call call, Router router, List<JsonNode> subrequests, boolean allOrNone) {
        int mark = call.data().mark();
        Map<String, JsonNode> bodies = new HashMap<>();
        ArrayNode results = Json.array();
        int failedAt = -1;
        for (int i = 0; i < subrequests.size(); i++) {
            JsonNode sub = subrequests.get(i);
            String referenceId = sub.path("referenceId").asString(null);
            ObjectNode result;
            try {
                result = execute(call, router, References.resolve(sub, bodies));
            } catch (ApiException e) {
                result = entry(e.toResponse());
            }
            result.put("referenceId", referenceId);
            results.add(result);
            int status = result.get("httpStatusCode").intValue();
            if (status < 300 && referenceId != null) {
                bodies.put(referenceId, result.get("body"));
            }
            if (status >= 400 && allOrNone) {
                failedAt = i;
                break;
            }
        }
        if (failedAt < 0) {
            return results;
        }
        call.data().rollbackTo(mark);
        ArrayNode halted = Json.array();
        for (int i = 0; i < subrequests.size(); i++) {
            if (i == failedAt) {
                halted.add(results.get(i));
                continue;
            }
            ObjectNode result = entry(new ApiException(400, "PROCESSING_HALTED", HALTED).toResponse());
            result.put("referenceId", subrequests.get(i).path("referenceId").asString(null));
            halted.add(result);
        }
        return halted;
    }

    private static ObjectNode execute(Call call, Router router, JsonNode sub) {
        String method = sub.path("method").asString("GET");
        URI url = URI.create(sub.path("url").asString("").replace(" ", "%20"));
        Map<String, List<String>> headers = new LinkedHashMap<>();
        sub.path("httpHeaders").properties().forEach(e -> headers.put(e.getKey(), List.of(e.getValue().asString())));
        String callOptions = call.request().header("Sforce-Call-Options");
        if (callOptions != null) {
            headers.putIfAbsent("Sforce-Call-Options", List.of(callOptions));
        }
        byte[] bytes = sub.has("body") ? Json.bytes(sub.get("body")) : new byte[0];
        Request request = new Request(method, url.getPath(), url.getRawQuery(), headers, bytes,
                call.request().remoteAddress());
        Route route = router.resolve(request);
        if (route.access() != Access.DATA_API) {
            throw ApiException.notFound();
        }
        int major = ApiVersions.parse(request.pathVariable("version"));
        if (major < 0) {
            throw ApiException.notFound();
        }
        request.attribute(SessionGate.ApiVersion.class, new SessionGate.ApiVersion(major));
        request.attribute(Session.class, call.session());
        Response response;
        try {
            response = route.handler().handle(request);
        } catch (ApiException e) {
            response = e.toResponse();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        ObjectNode result = entry(response);
        if (response.status() == 201 && result.path("body").has("id")) {
            String type = request.pathVariable("type");
            result.putObject("httpHeaders").put("Location", "/services/data/v" + major + ".0/sobjects/" + type + "/"
                    + result.get("body").get("id").asString());
        }
        return result;
    }

    private static ObjectNode entry(Response response) {
        ObjectNode result = Json.object();
        byte[] bytes = response.body();
        if (bytes.length == 0) {
            result.putNull("body");
        } else {
            result.set("body", Json.parse(bytes));
        }
        result.putObject("httpHeaders");
        result.put("httpStatusCode", response.status());
        return result;
    }
}
