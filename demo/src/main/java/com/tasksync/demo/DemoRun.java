package com.tasksync.demo;

import com.tasksync.connection.ConnectFlow;
import com.tasksync.connection.ConnectionProperties;
import com.tasksync.connection.Connections;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Brings the default run up: registers TaskSync with the emulator once the port is known,
 * seeds the demo users, drops a connection left from an earlier emulator (its sessions died
 * with it), optionally connects the rep, and prints where to go and how to sign in.
 */
@Component
@ConditionalOnBooleanProperty("tasksync.demo.enabled")
class DemoRun {

    private static final Logger log = LoggerFactory.getLogger(DemoRun.class);

    private final DemoProperties properties;
    private final DemoSalesforce salesforce;
    private final DemoSeeder seeder;
    private final Connections connections;
    private final ConnectionProperties salesforceSettings;
    private final ConnectFlow connectFlow;
    private int port;

    DemoRun(DemoProperties properties, DemoSalesforce salesforce, DemoSeeder seeder, Connections connections,
            ConnectionProperties salesforceSettings, ConnectFlow connectFlow) {
        this.properties = properties;
        this.salesforce = salesforce;
        this.seeder = seeder;
        this.connections = connections;
        this.salesforceSettings = salesforceSettings;
        this.connectFlow = connectFlow;
    }

    @EventListener
    void serverStarted(WebServerInitializedEvent event) {
        port = event.getWebServer().getPort();
        salesforce.registerTaskSync(salesforceSettings, port);
    }

    @EventListener(ApplicationReadyEvent.class)
    void ready() {
        seeder.ensureAdmin(properties.adminEmail(), properties.adminPassword());
        var rep = seeder.ensureRep(properties.repEmail(), properties.repPassword());
        if (connections.isConnected(rep.id())) {
            log.info("Dropping the demo rep's connection to an earlier emulator run; its sessions ended with it");
            connections.disconnect(rep.id());
        }
        if (properties.connectAtStart() && !connections.isConnected(rep.id())) {
            var demo = salesforce.credentials();
            var connection = connectFlow.connectWithPassword(rep.id(), demo.username(), demo.password());
            log.info("Connected the demo rep to Salesforce org {} as {}", connection.organizationId(),
                    connection.username());
        }
        if (properties.integrationAtStart()) {
            var integration = salesforce.credentials().integration();
            var connected = connectFlow.connectIntegrationWithPassword(integration.username(), integration.password());
            log.info("Connected the demo org's integration user {}: org-level reads {}, change events {}",
                    connected.username(), connected.readsOrg() ? "on" : "off", connected.changeEvents() ? "on" : "off");
        }
        System.out.println(banner());
    }

    private String banner() {
        var demo = salesforce.credentials();
        return String.join(System.lineSeparator(),
                "",
                "TaskSync is running: http://127.0.0.1:" + port + "/",
                "  admin              : " + properties.adminEmail() + " / " + properties.adminPassword(),
                "  demo rep           : " + properties.repEmail() + " / " + properties.repPassword(),
                "  Salesforce emulator: " + salesforce.baseUrl() + " (org " + demo.orgId() + ")",
                "  Salesforce login   : " + demo.username() + " / " + demo.password(),
                "  API description    : http://127.0.0.1:" + port + "/openapi.yaml",
                "");
    }
}
