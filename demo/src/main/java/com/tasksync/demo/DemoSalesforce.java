package com.tasksync.demo;

import com.tasksync.salesforce.client.pubsub.PubSubEndpoint;
import com.tasksync.connection.ConnectionProperties;
import com.tasksync.emulator.Emulator;
import com.tasksync.emulator.admin.NewConnectedApp;
import com.tasksync.emulator.demo.DemoCredentials;
import com.tasksync.emulator.demo.DemoOrg;
import java.util.List;

/**
 * The bundled Salesforce emulator with its demo org, running inside the app. It also registers
 * TaskSync's own connected app (the client id and secret TaskSync is configured with) with
 * callbacks on whatever port TaskSync listens.
 */
public final class DemoSalesforce implements AutoCloseable {

    private final Emulator emulator;
    private final DemoCredentials credentials;

    private DemoSalesforce(Emulator emulator, DemoCredentials credentials) {
        this.emulator = emulator;
        this.credentials = credentials;
    }

    static DemoSalesforce start(int port) {
        var emulator = Emulator.builder().port(port).start();
        return new DemoSalesforce(emulator, DemoOrg.seed(emulator));
    }

    void registerTaskSync(ConnectionProperties salesforce, int appPort) {
        var callbacks = List.of(
                "http://127.0.0.1:" + appPort + "/settings/salesforce/callback",
                "http://localhost:" + appPort + "/settings/salesforce/callback");
        emulator.admin().registerApp(new NewConnectedApp("TaskSync (this server)", callbacks, null, null),
                salesforce.clientId(), salesforce.clientSecret());
    }

    public PubSubEndpoint pubSubEndpoint() {
        var pubSub = emulator.pubSub();
        return new PubSubEndpoint("127.0.0.1", pubSub.port(), pubSub.certificate().pem());
    }

    public String baseUrl() {
        return emulator.baseUrl();
    }

    public DemoCredentials credentials() {
        return credentials;
    }

    @Override
    public void close() {
        emulator.close();
    }
}
