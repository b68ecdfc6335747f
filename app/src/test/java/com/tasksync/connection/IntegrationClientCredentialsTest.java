package com.tasksync.connection;

import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.connection.IntegrationCheck.Outcome;
import com.tasksync.emulator.admin.NewConnectedApp;
import com.tasksync.emulator.admin.UserChange;
import com.tasksync.emulator.admin.UserToCreate;
import com.tasksync.emulator.org.Permission;
import com.tasksync.support.AppTestBase;
import com.tasksync.support.SharedEmulator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An admin connects the org's integration user with the client-credentials flow (the connected app's
 * run-as user, no sign-in page); with no refresh token, a refused session is renewed by asking for a
 * new token. The emulator's app gets a run-as user for this test and loses it afterwards.
 */
class IntegrationClientCredentialsTest extends AppTestBase {

    @Autowired
    private ConnectFlow flow;

    @Autowired
    private OrgIntegrations integrations;

    @Autowired
    private IntegrationClients clients;

    @Autowired
    private JdbcClient jdbc;

    @Test
    void connectsTheRunAsUserAndRenewsWithoutARefreshToken() {
        SharedEmulator.registerApp(port);
        var emulator = SharedEmulator.emulator();
        var username = "run-as-" + System.nanoTime() + "@acme.example";
        emulator.admin().createUser(SharedEmulator.orgId(),
                new UserToCreate(username, "run-as-password-1", null, "Ray", "RunAs", null),
                UserChange.none().permit(Permission.VIEW_ALL_DATA, true).permit(Permission.VIEW_SETUP, true));
        var app = emulator.directory().app(SharedEmulator.CLIENT_ID).orElseThrow();
        emulator.directory().unregisterApp(SharedEmulator.CLIENT_ID);
        emulator.admin().registerApp(new NewConnectedApp(app.name(), app.redirectUris(), null, username),
                SharedEmulator.CLIENT_ID, SharedEmulator.CLIENT_SECRET);
        try {
            var integration = flow.connectIntegrationWithClientCredentials(null);

            assertThat(integration.orgId()).isEqualTo(SharedEmulator.orgId());
            assertThat(integration.username()).isEqualTo(username);
            assertThat(integration.check().line("view-all-data").outcome()).isEqualTo(Outcome.PASS);
            var withoutRefresh = jdbc.sql("select count(*) from org_integration where org_id = :org"
                    + " and refresh_token is null").param("org", SharedEmulator.orgId()).query(Long.class).single();
            assertThat(withoutRefresh).as("the client-credentials flow gives no refresh token").isEqualTo(1);

            var before = clients.forOrg(SharedEmulator.orgId()).orElseThrow().session().tokens().accessToken();
            emulator.directory().revokeSession(before);
            var checked = integrations.check(SharedEmulator.orgId()).orElseThrow();

            assertThat(checked.check().line("view-all-data").outcome()).as("read after a renewal").isEqualTo(Outcome.PASS);
            assertThat(clients.forOrg(SharedEmulator.orgId()).orElseThrow().session().tokens().accessToken())
                    .isNotEqualTo(before);
        } finally {
            integrations.disconnect(SharedEmulator.orgId());
            emulator.directory().unregisterApp(SharedEmulator.CLIENT_ID);
            emulator.admin().registerApp(new NewConnectedApp(app.name(), app.redirectUris(), null, null),
                    SharedEmulator.CLIENT_ID, SharedEmulator.CLIENT_SECRET);
        }
    }
}
