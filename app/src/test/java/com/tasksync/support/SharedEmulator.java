package com.tasksync.support;

import com.tasksync.emulator.Emulator;
import com.tasksync.emulator.admin.NewConnectedApp;
import com.tasksync.emulator.admin.UserToCreate;
import com.tasksync.emulator.org.OrgSettings;
import java.util.List;

/**
 * One Salesforce emulator for the whole test JVM, with one org and one user, and TaskSync's
 * connected app registered once the app's port is known.
 */
public final class SharedEmulator {

    public static final String CLIENT_ID = "tasksync-test-client";
    public static final String CLIENT_SECRET = "tasksync-test-secret";
    public static final String USERNAME = "rep@acme.example";
    public static final String PASSWORD = "acme-password-1";

    private static Emulator emulator;
    private static String orgId;
    private static String registeredCallback;

    private SharedEmulator() {}

    public static synchronized Emulator emulator() {
        if (emulator == null) {
            emulator = Emulator.builder().port(0).start();
            var org = emulator.admin().createOrg("Acme", OrgSettings.defaults());
            orgId = org.id();
            emulator.admin().createUser(org.id(), UserToCreate.of(USERNAME, PASSWORD));
        }
        return emulator;
    }

    public static String baseUrl() {
        return emulator().baseUrl();
    }

    public static synchronized String orgId() {
        emulator();
        return orgId;
    }

    /** Registers TaskSync's connected app with the callback on the test server's port, once. */
    public static synchronized void registerApp(int appPort) {
        var callback = "http://127.0.0.1:" + appPort + "/settings/salesforce/callback";
        if (!callback.equals(registeredCallback)) {
            emulator().admin().registerApp(new NewConnectedApp("TaskSync tests", List.of(callback), null, null),
                    CLIENT_ID, CLIENT_SECRET);
            registeredCallback = callback;
        }
    }
}
