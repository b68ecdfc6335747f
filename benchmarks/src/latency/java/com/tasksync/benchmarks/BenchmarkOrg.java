package com.tasksync.benchmarks;

import com.tasksync.torture.http.Json;
import com.tasksync.torture.process.Deadline;
import com.tasksync.torture.run.Cluster;
import com.tasksync.torture.salesforce.SalesforceRest;
import com.tasksync.torture.tasksync.RepTaskSync;
import com.tasksync.torture.tasksync.SalesforceConnect;
import com.tasksync.torture.tasksync.TaskSyncAdmin;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The benchmark's org in the emulator and its reps, each with a TaskSync account of their own,
 * connected to Salesforce through the real OAuth flow and syncing; later its integration user.
 */
final class BenchmarkOrg {

    private final Cluster cluster;
    private final String orgId;
    private final String tag;
    private final List<Rep> reps;

    /** One rep: their Salesforce session and their TaskSync account, as two sides of the same tasks. */
    record Rep(int number, SalesforceSide salesforce, TaskSyncSide taskSync) {
    }

    private BenchmarkOrg(Cluster cluster, String orgId, String tag, List<Rep> reps) {
        this.cluster = cluster;
        this.orgId = orgId;
        this.tag = tag;
        this.reps = reps;
    }

    static BenchmarkOrg create(Cluster cluster, int repCount) {
        var emulator = cluster.emulatorAdmin();
        var tag = Long.toHexString(System.currentTimeMillis());
        var orgId = emulator.createOrg("Latency " + tag, 1_000_000);
        var node = node(cluster);
        var reps = new ArrayList<Rep>();
        for (int n = 1; n <= repCount; n++) {
            var username = "rep" + n + "-" + tag + "@latency.example";
            var password = "sf-password-" + tag;
            emulator.createUser(orgId, username, password);
            var account = new TaskSyncAdmin(cluster.admin()).addRep(node, "rep" + n + "-" + tag + "@tasksync.example",
                    "rep-password-" + tag);
            SalesforceConnect.connect(node, account, username, password);
            var taskSync = new RepTaskSync(account);
            var switched = taskSync.switchSync(node, true);
            if (!switched.acknowledged()) {
                throw new IllegalStateException("switching sync on for rep " + n + " failed: " + switched.describe());
            }
            var number = n;
            if (!Deadline.in(Duration.ofSeconds(120)).await(
                    () -> "syncing".equals(Json.text(taskSync.syncStatus(node), "state")), Duration.ofMillis(250))) {
                throw new IllegalStateException("rep " + number + "'s sync is not running after 120 s: "
                        + taskSync.syncStatus(node));
            }
            var salesforce = new SalesforceRest(cluster.emulatorUrl(), emulator.openSession(username));
            reps.add(new Rep(n, new SalesforceSide(salesforce), new TaskSyncSide(taskSync, node)));
        }
        return new BenchmarkOrg(cluster, orgId, tag, List.copyOf(reps));
    }

    /**
     * Creates the org's integration user (API Enabled, View All Data, View Setup and Configuration)
     * and connects it as the admin does, from the Salesforce admin page.
     */
    void connectIntegrationUser() {
        var username = "integration-" + tag + "@latency.example";
        var password = "integration-password-" + tag;
        cluster.emulatorAdmin().createUser(orgId, username, password,
                Map.of("ApiEnabled", true, "ViewAllData", true, "ViewSetup", true));
        SalesforceConnect.connectIntegration(node(cluster), cluster.admin(), username, password);
    }

    String orgId() {
        return orgId;
    }

    List<Rep> reps() {
        return reps;
    }

    /** Each rep's changes made in Salesforce, awaited in TaskSync. */
    List<InterleavedLatency.Lane> salesforceToTaskSync() {
        return reps.stream().map(rep -> new InterleavedLatency.Lane(rep.salesforce(), rep.taskSync())).toList();
    }

    private static String node(Cluster cluster) {
        return cluster.nodes().get(0).baseUrl();
    }
}
