package com.tasksync.support;

import com.tasksync.emulator.Emulator;
import com.tasksync.emulator.admin.NewConnectedApp;
import com.tasksync.emulator.admin.UserToCreate;
import com.tasksync.emulator.org.OrgSettings;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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
    private static final Set<String> REGISTERED_CALLBACKS = new LinkedHashSet<>();

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

    /**
     * Registers TaskSync's connected app with the callback on the test server's port. Test classes
     * with their own application context run on other ports: each new one is added to the app's
     * callbacks, as an admin adds a callback URL to a connected app.
     */
    public static synchronized void registerApp(int appPort) {
        var callback = "http://127.0.0.1:" + appPort + "/settings/salesforce/callback";
        if (REGISTERED_CALLBACKS.add(callback)) {
            emulator().directory().unregisterApp(CLIENT_ID);
            emulator().admin().registerApp(new NewConnectedApp("TaskSync tests", List.copyOf(REGISTERED_CALLBACKS),
                    null, null), CLIENT_ID, CLIENT_SECRET);
        }
    }
}
