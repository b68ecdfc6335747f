package com.tasksync.emulator.admin;

import com.tasksync.emulator.http.Access;
import com.tasksync.emulator.http.Json;
import com.tasksync.emulator.http.Request;
import com.tasksync.emulator.http.Response;
import com.tasksync.emulator.http.Router;
import com.tasksync.emulator.org.EmulatorClock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.regex.PatternSyntaxException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The admin endpoints for faults, call counts, the clock and reset. */
final class FaultEndpoints {

    private final Admin admin;
    private final Faults faults;

    private FaultEndpoints(Admin admin, Faults faults) {
        this.admin = admin;
        this.faults = faults;
    }

    static void register(Router router, Admin admin, Faults faults) {
        FaultEndpoints endpoints = new FaultEndpoints(admin, faults);
        router.get("/__admin/faults", Access.ADMIN, endpoints::list)
                .post("/__admin/faults", Access.ADMIN, endpoints::add)
                .delete("/__admin/faults", Access.ADMIN, r -> {
                    faults.clear();
                    return Response.noContent();
                })
                .delete("/__admin/faults/{id}", Access.ADMIN, endpoints::remove)
                .get("/__admin/calls", Access.ADMIN, endpoints::calls)
                .get("/__admin/clock", Access.ADMIN, r -> endpoints.clock())
                .post("/__admin/clock", Access.ADMIN, endpoints::moveClock)
                .post("/__admin/reset", Access.ADMIN, endpoints::reset);
    }

    private Response list(Request request) {
        ArrayNode out = Json.array();
        faults.list().forEach(f -> out.add(json(f)));
        return Response.json(200, out);
    }

    private Response add(Request request) {
        JsonNode body = AdminJson.body(request);
        FaultKind kind = FaultKind.fromWire(AdminJson.text(body, "kind", true));
        if (kind == null) {
            throw AdminErrors.invalid("kind", "one of status, latency, drop, lose-response");
        }
        String path = AdminJson.text(body, "path", false);
        String regex = AdminJson.text(body, "pathRegex", false);
        if ((path == null) == (regex == null)) {
            throw AdminErrors.invalid("path", "give exactly one of path (glob) or pathRegex");
        }
        Long status = AdminJson.number(body, "status");
        if (kind == FaultKind.STATUS && (status == null || status < 400 || status > 599)) {
            throw AdminErrors.invalid("status", "an HTTP error status, 400 to 599");
        }
        Long latency = AdminJson.number(body, "latencyMillis");
        if (kind == FaultKind.LATENCY && (latency == null || latency < 0 || latency > 600_000)) {
            throw AdminErrors.invalid("latencyMillis", "0 to 600000");
        }
        Long times = AdminJson.number(body, "times");
        if (times != null && times < 1) {
            throw AdminErrors.invalid("times", "must be at least 1");
        }
        JsonNode probability = body.get("probability");
        if (probability != null && (!probability.isNumber() || probability.asDouble() < 0 || probability.asDouble() > 1)) {
            throw AdminErrors.invalid("probability", "a number from 0 to 1");
        }
        String method = AdminJson.text(body, "method", false);
        FaultSpec spec = new FaultSpec(method == null ? "*" : method, regex == null ? path : regex, regex != null, kind,
                status == null ? 0 : status.intValue(), AdminJson.text(body, "errorCode", false),
                AdminJson.text(body, "message", false), latency == null ? 0 : latency,
                times == null ? null : times.intValue(), probability == null ? null : probability.asDouble(),
                AdminJson.number(body, "seed"));
        if (kind == FaultKind.STATUS && spec.errorCode() == null) {
            throw AdminErrors.invalid("errorCode", "required for a status fault");
        }
        try {
            return Response.json(201, json(faults.add(spec)));
        } catch (PatternSyntaxException e) {
            throw AdminErrors.invalid("pathRegex", e.getDescription());
        }
    }

    private Response remove(Request request) {
        if (!faults.remove(request.pathVariable("id"))) {
            throw AdminErrors.notFound("id", request.pathVariable("id"));
        }
        return Response.noContent();
    }

    private Response calls(Request request) {
        String orgId = request.query("orgId");
        Map<String, Long> counts = orgId == null ? faults.callCounts().all() : faults.callCounts().ofOrg(admin.org(orgId).id());
        ArrayNode list = Json.array();
        counts.forEach((name, count) -> {
            ObjectNode item = list.addObject();
            item.put("route", name);
            item.put("method", name.substring(0, name.indexOf(' ')));
            item.put("template", name.substring(name.indexOf(' ') + 1));
            item.put("count", count);
        });
        ObjectNode out = Json.object();
        out.set("calls", list);
        return Response.json(200, out);
    }

    private Response clock() {
        ObjectNode out = Json.object();
        out.put("now", admin.now().toString());
        return Response.json(200, out);
    }

    private Response moveClock(Request request) {
        JsonNode body = AdminJson.body(request);
        EmulatorClock clock = admin.clock();
        String set = AdminJson.text(body, "set", false);
        Duration advance = AdminJson.duration(body, "advance");
        if ((set == null) == (advance == null)) {
            throw AdminErrors.invalid("advance", "give exactly one of advance (ISO-8601 duration) or set (instant)");
        }
        if (advance != null) {
            if (advance.isNegative()) {
                throw AdminErrors.invalid("advance", "the clock only moves forward");
            }
            clock.advance(advance);
        } else {
            try {
                clock.set(Instant.parse(set));
            } catch (DateTimeParseException e) {
                throw AdminErrors.invalid("set", "expected an ISO-8601 instant such as 2026-01-01T00:00:00Z");
            }
        }
        return clock();
    }

    private Response reset(Request request) {
        JsonNode orgs = AdminJson.body(request).get("orgs");
        admin.reset(orgs != null && orgs.asBoolean());
        return Response.noContent();
    }

    private static ObjectNode json(Fault fault) {
        FaultSpec spec = fault.spec();
        ObjectNode out = Json.object();
        out.put("id", fault.id());
        out.put("method", spec.method());
        out.put(spec.regex() ? "pathRegex" : "path", spec.path());
        out.put("kind", spec.kind().wireName());
        if (spec.kind() == FaultKind.STATUS) {
            out.put("status", spec.status());
            out.put("errorCode", spec.errorCode());
            out.put("message", spec.message());
        }
        if (spec.kind() == FaultKind.LATENCY) {
            out.put("latencyMillis", spec.latencyMillis());
        }
        if (spec.probability() != null) {
            out.put("probability", spec.probability());
            out.put("seed", spec.seed());
        }
        out.put("remaining", fault.remaining());
        out.put("applied", fault.applied());
        return out;
    }
}
