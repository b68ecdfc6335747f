package com.tasksync.torture.run;

import com.tasksync.torture.execute.NodePicker;
import com.tasksync.torture.salesforce.SalesforceRest;
import com.tasksync.torture.tasksync.RepTaskSync;
import com.tasksync.torture.tasksync.SalesforceConnect;
import com.tasksync.torture.tasksync.TaskSyncAdmin;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Gives a run its own org (with "Set Audit Fields upon Record Creation" on) and Salesforce user,
 * adds a TaskSync rep through the admin API, and connects the rep through the real OAuth flow. Reading
 * by events, the org also gets Task selected for Change Data Capture and an integration user (View
 * All Data, View Setup) that the TaskSync admin connects on the admin page, and the emulator takes
 * new subscriptions 0, 1.5, 3 or 4.5 s late (drawn from the seed): longer than the engine's settle
 * time in half the runs, so a stream that starts from new events may miss what changes meanwhile.
 * Sync stays off: the plan switches it on after seeding.
 */
final class RunSetup {

    private static final AtomicLong RUNS = new AtomicLong();

    private RunSetup() {
    }

    static RepAccess prepare(Cluster cluster, NodePicker nodes, long seed, String reading) {
        var tag = Long.toString(RUNS.incrementAndGet()) + "-" + Long.toHexString(seed & 0xffffffL)
                + "-" + Long.toHexString(System.nanoTime() & 0xfffffL);
        var admin = cluster.emulatorAdmin();
        var orgId = admin.createOrg("Torture " + tag, 1_000_000);
        var salesforceUsername = "rep-" + tag + "@org.example";
        var salesforcePassword = "sf-password-" + tag;
        var salesforceUserId = admin.createUser(orgId, salesforceUsername, salesforcePassword);
        var node = nodes.url((int) Math.floorMod(seed, (long) cluster.nodes().size()));
        var rep = new TaskSyncAdmin(cluster.admin()).addRep(node, "rep-" + tag + "@tasksync.example",
                "rep-password-" + tag);
        SalesforceConnect.connect(node, rep, salesforceUsername, salesforcePassword);
        if (reading.equals("events")) {
            admin.selectForChangeDataCapture(orgId, List.of("Task"));
            admin.subscribeDelay(Math.floorMod(seed >>> 8, 4L) * 1500);
            var integration = "integration-" + tag + "@org.example";
            var password = "sf-integration-" + tag;
            admin.createUser(orgId, integration, password, Map.of("ViewAllData", true, "ViewSetup", true));
            SalesforceConnect.connectIntegration(node, cluster.admin(), integration, password);
        }
        var salesforce = new SalesforceRest(cluster.emulatorUrl(), admin.openSession(salesforceUsername));
        return new RepAccess(orgId, salesforceUserId, new RepTaskSync(rep), salesforce);
    }
}
