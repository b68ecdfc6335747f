package com.tasksync.emulator.cdc;

import com.tasksync.emulator.admin.Admin;
import com.tasksync.emulator.admin.AdminErrors;
import com.tasksync.emulator.admin.AdminJson;
import com.tasksync.emulator.http.Access;
import com.tasksync.emulator.http.Json;
import com.tasksync.emulator.http.Request;
import com.tasksync.emulator.http.Response;
import com.tasksync.emulator.http.Route;
import com.tasksync.emulator.http.Router;
import com.tasksync.emulator.org.Org;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The admin API of Change Data Capture: an org's settings (selected entities, edition, delivery
 * allocation, delivery delay), its delivered-event count, injected gap and overflow events; and
 * {@code DailyDeliveredPlatformEvents} in the REST {@code /limits} resource.
 */
public final class ChangeCaptureEndpoints {

    private static final String LIMITS = "/services/data/{version}/limits";

    private final Admin admin;
    private final ChangeDataCapture cdc;

    private ChangeCaptureEndpoints(Admin admin, ChangeDataCapture cdc) {
        this.admin = admin;
        this.cdc = cdc;
    }

    public static void register(Router router, Admin admin, ChangeDataCapture cdc) {
        ChangeCaptureEndpoints endpoints = new ChangeCaptureEndpoints(admin, cdc);
        String base = "/__admin/orgs/{orgId}/";
        router.get(base + "change-data-capture", Access.ADMIN, r -> Response.json(200, endpoints.state(endpoints.org(r))))
                .patch(base + "change-data-capture", Access.ADMIN, endpoints::update)
                .put(base + "event-deliveries", Access.ADMIN, endpoints::setDelivered)
                .post(base + "change-events/gaps", Access.ADMIN, endpoints::injectGap);
        Route limits = router.routes().stream()
                .filter(r -> r.method().equals("GET") && r.template().equals(LIMITS)).findFirst().orElseThrow();
        router.get(LIMITS, Access.DATA_API, request -> endpoints.limits(request, limits));
    }

    private Org org(Request request) {
        return admin.org(request.pathVariable("orgId"));
    }

    private Response update(Request request) {
        Org org = org(request);
        JsonNode body = AdminJson.body(request);
        Duration delay = AdminJson.duration(body, "deliveryDelay");
        try {
            cdc.updateSettings(org, settings -> apply(body, settings));
            if (delay != null) {
                cdc.delayDelivery(org, delay);
            }
        } catch (IllegalArgumentException e) {
            throw AdminErrors.invalid(field(e.getMessage()), e.getMessage());
        }
        return Response.json(200, state(org));
    }

    private static CdcSettings apply(JsonNode body, CdcSettings settings) {
        CdcSettings out = settings;
        if (body.has("selectedEntities")) {
            out = out.withSelectedEntities(new HashSet<>(AdminJson.strings(body, "selectedEntities")));
        }
        String edition = AdminJson.text(body, "edition", false);
        if (edition != null) {
            try {
                out = out.withEdition(Edition.valueOf(edition.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw AdminErrors.invalid("edition", "one of Developer, Enterprise, Performance, Unlimited");
            }
        }
        if (body.has("dailyDeliveredEvents")) {
            Long daily = AdminJson.number(body, "dailyDeliveredEvents");
            out = out.withDailyDeliveredEvents(daily == null ? null : Math.toIntExact(Math.min(daily, Integer.MAX_VALUE)));
        }
        return out;
    }

    private static String field(String message) {
        if (message.contains("dailyDeliveredEvents")) {
            return "dailyDeliveredEvents";
        }
        return message.contains("delay") ? "deliveryDelay" : "selectedEntities";
    }

    private Response setDelivered(Request request) {
        Long used = AdminJson.number(AdminJson.body(request), "used");
        if (used == null || used < 0) {
            throw AdminErrors.invalid("used", "required, not negative");
        }
        Org org = org(request);
        cdc.setDelivered(org, used);
        return Response.json(200, state(org));
    }

    private Response injectGap(Request request) {
        Org org = org(request);
        JsonNode body = AdminJson.body(request);
        String entity = AdminJson.text(body, "entity", true);
        String type = AdminJson.text(body, "changeType", true);
        List<String> recordIds = AdminJson.strings(body, "recordIds");
        StoredEvent event;
        try {
            event = cdc.injectGap(org, entity, ChangeOperation.valueOf(type), recordIds);
        } catch (IllegalArgumentException e) {
            throw AdminErrors.invalid(e.getMessage().startsWith(entity) ? "entity" : "changeType",
                    e.getMessage().startsWith("No enum") ? "unknown change type " + type : e.getMessage());
        }
        return Response.json(201, Json.object().put("replayId", event.replayId()).put("entity", entity)
                .put("changeType", type));
    }

    private ObjectNode state(Org org) {
        OrgChangeFeed feed = cdc.feed(org);
        CdcSettings settings = feed.settings();
        ObjectNode out = Json.object();
        var entities = out.putArray("selectedEntities");
        settings.selectedEntities().forEach(entities::add);
        out.put("edition", settings.edition().name());
        out.put("dailyDeliveredEvents", settings.deliveryAllocation());
        out.put("delivered", feed.delivered());
        out.put("deliveryDelay", feed.deliveryDelay().toString());
        out.put("retainedEvents", feed.bus().size());
        out.put("latestReplayId", feed.bus().tip());
        return out;
    }

    /** The REST limits, with the org's change and platform event deliveries of the last 24 hours. */
    private Response limits(Request request, Route route) throws Exception {
        Response response = route.handler().handle(request);
        if (response.status() != 200) {
            return response;
        }
        Org org = request.attribute(com.tasksync.emulator.org.Session.class).org();
        OrgChangeFeed feed = cdc.feed(org);
        JsonNode original = Json.parse(response.body());
        java.util.TreeMap<String, JsonNode> sorted = new java.util.TreeMap<>();
        original.propertyNames().forEach(name -> sorted.put(name, original.get(name)));
        int max = feed.settings().deliveryAllocation();
        sorted.put("DailyDeliveredPlatformEvents",
                Json.object().put("Max", max).put("Remaining", Math.max(0, max - feed.delivered())));
        ObjectNode body = Json.object();
        sorted.forEach(body::set);
        Response out = Response.json(200, body);
        response.headers().forEach((name, value) -> {
            if (!name.equalsIgnoreCase("Content-Type")) {
                out.header(name, value);
            }
        });
        return out;
    }
}
