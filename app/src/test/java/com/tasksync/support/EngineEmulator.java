package com.tasksync.support;

import com.tasksync.emulator.Emulator;
import com.tasksync.emulator.admin.NewConnectedApp;
import java.util.List;

/**
 * The Salesforce emulator the sync engine's tests run against: one per test JVM, with the admin
 * API on and TaskSync's connected app registered. Each test makes its own org in it.
 */
public final class EngineEmulator {

    /** The same connected app credentials as the app tests' emulator, so either registration serves the context. */
    public static final String CLIENT_ID = SharedEmulator.CLIENT_ID;
    public static final String CLIENT_SECRET = SharedEmulator.CLIENT_SECRET;

    private static Emulator emulator;

    private EngineEmulator() {}

    public static synchronized Emulator emulator() {
        if (emulator == null) {
            var builder = Emulator.builder().port(0).adminApi(true);
            if (SyncTestBase.READING.equals("events")) {
                // see SyncTestBase: a stream whose subscription the server took after its short settle learns
                // it from the first keepalive (and polls), as it would from Salesforce's after 270 s
                builder.pubSubKeepalive(java.time.Duration.ofSeconds(2));
            }
            emulator = builder.start();
            emulator.admin().registerApp(new NewConnectedApp("TaskSync engine tests",
                    List.of("http://127.0.0.1/settings/salesforce/callback"), null, null), CLIENT_ID, CLIENT_SECRET);
        }
        return emulator;
    }

    public static String baseUrl() {
        return emulator().baseUrl();
    }
}
