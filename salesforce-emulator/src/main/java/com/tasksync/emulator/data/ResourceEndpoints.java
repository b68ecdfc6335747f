package com.tasksync.emulator.data;

import com.tasksync.emulator.http.Access;
import com.tasksync.emulator.http.Json;
import com.tasksync.emulator.http.Request;
import com.tasksync.emulator.http.Response;
import com.tasksync.emulator.http.Router;
import com.tasksync.emulator.org.ApiVersions;
import com.tasksync.emulator.org.Org;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The discovery resources: the versions list ({@code /services/data/}, no session, not
 * counted), the resources of one version, and {@code /limits} with the org's daily API use.
 */
final class ResourceEndpoints {

    private static final String[] RESOURCES = {"sobjects", "query", "queryAll", "composite", "limits", "search",
        "recent", "tooling", "metadata", "analytics", "chatter", "connect", "tabs", "appMenu", "quickActions"};

    private ResourceEndpoints() {
    }

    static void register(Router router) {
        router.get("/services/data", Access.PUBLIC, r -> Response.json(200, versions()));
        router.get("/services/data/{version}", Access.DATA_API, ResourceEndpoints::resources);
        router.get("/services/data/{version}/limits", Access.DATA_API, ResourceEndpoints::limits);
    }

    static ArrayNode versions() {
        ArrayNode list = Json.array();
        for (ApiVersions.Version v : ApiVersions.all()) {
            ObjectNode o = list.addObject();
            o.put("label", v.label());
            o.put("url", v.url());
            o.put("version", v.number());
        }
        return list;
    }

    private static Response resources(Request r) {
        Call call = Call.of(r);
        ObjectNode o = Json.object();
        for (String name : RESOURCES) {
            o.put(name, call.apiPath() + "/" + name);
        }
        String host = r.header("Host");
        String identity = (host == null ? "" : "http://" + host) + "/id/" + call.session().org().id() + "/"
                + call.session().user().id();
        o.put("identity", identity);
        return Response.json(200, o);
    }

    private static Response limits(Request r) {
        Call call = Call.of(r);
        Org org = call.session().org();
        int max = org.settings().dailyApiRequests();
        long used = org.apiUsage().used(call.data().clock().now());
        ObjectNode o = Json.object();
        limit(o, "ActiveScratchOrgs", 3, 3);
        limit(o, "ConcurrentAsyncGetReportInstances", 200, 200);
        limit(o, "ConcurrentSyncReportRuns", 20, 20);
        limit(o, "DailyAnalyticsDataflowJobExecutions", 60, 60);
        limit(o, "DailyApiRequests", max, Math.max(0, max - used));
        limit(o, "DailyAsyncApexExecutions", 250_000, 250_000);
        limit(o, "DailyBulkApiBatches", 15_000, 15_000);
        limit(o, "DailyBulkV2QueryFileStorageMB", 976_562, 976_562);
        limit(o, "DailyBulkV2QueryJobs", 10_000, 10_000);
        limit(o, "DailyDurableGenericStreamingApiEvents", 10_000, 10_000);
        limit(o, "DailyDurableStreamingApiEvents", 10_000, 10_000);
        limit(o, "DailyGenericStreamingApiEvents", 10_000, 10_000);
        limit(o, "DailyStreamingApiEvents", 10_000, 10_000);
        limit(o, "DailyWorkflowEmails", 390, 390);
        limit(o, "DataStorageMB", 5, 5);
        limit(o, "DurableStreamingApiConcurrentClients", 20, 20);
        limit(o, "FileStorageMB", 20, 20);
        limit(o, "HourlyAsyncReportRuns", 1_200, 1_200);
        limit(o, "HourlyDashboardRefreshes", 200, 200);
        limit(o, "HourlyDashboardResults", 5_000, 5_000);
        limit(o, "HourlyDashboardStatuses", 999_999_999, 999_999_999);
        limit(o, "HourlyPublishedPlatformEvents", 50_000, 50_000);
        limit(o, "HourlySyncReportRuns", 500, 500);
        limit(o, "HourlyTimeBasedWorkflow", 50, 50);
        limit(o, "MassEmail", 10, 10);
        limit(o, "MonthlyPlatformEventsUsageEntitlement", 0, 0);
        limit(o, "SingleEmail", 15, 15);
        limit(o, "StreamingApiConcurrentClients", 20, 20);
        return Response.json(200, o);
    }

    private static void limit(ObjectNode root, String name, long max, long remaining) {
        ObjectNode o = root.putObject(name);
        o.put("Max", max);
        o.put("Remaining", remaining);
    }
}
