package com.tasksync.connection;

import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.support.AppTestBase;
import com.tasksync.support.LoopbackHttp;
import com.tasksync.support.SharedEmulator;
import com.tasksync.support.WebSession;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ConnectFlowTest extends AppTestBase {

    @Autowired
    ConnectFlow flow;

    @Autowired
    Connections connections;

    @BeforeEach
    void registerTaskSyncWithTheEmulator() {
        SharedEmulator.registerApp(port);
    }

    @Test
    void connectSendsTheBrowserToTheLoginHostWithPkceAndState() {
        var session = WebSession.signedIn(baseUrl(), newUser());

        var authorize = session.get("/settings/salesforce/connect");

        var query = authorize.uri().getQuery();
        assertThat(authorize.uri().toString()).startsWith(SharedEmulator.baseUrl() + "/services/oauth2/authorize?");
        assertThat(query).contains("response_type=code", "client_id=" + SharedEmulator.CLIENT_ID,
                "code_challenge_method=S256", "code_challenge=", "state=",
                "redirect_uri=http://127.0.0.1:" + port + "/settings/salesforce/callback");
    }

    @Test
    void connectRefusesToBuildTheCallbackFromAForgedHost() {
        var session = WebSession.signedIn(baseUrl(), newUser());

        var connect = LoopbackHttp.from("127.0.0.1", port).get("/settings/salesforce/connect",
                "Host: evil.example", "Cookie: " + session.sessionCookie());
        var settings = session.get("/settings");

        assertThat(connect.status()).isEqualTo(302);
        assertThat(connect.header("Location")).doesNotContain("evil.example").doesNotContain("authorize")
                .endsWith("/settings");
        assertThat(settings.body()).contains("tasksync.base-url");
    }

    @Test
    void connectBuildsTheCallbackFromALoopbackHost() {
        var session = WebSession.signedIn(baseUrl(), newUser());

        var connect = LoopbackHttp.from("127.0.0.1", port).get("/settings/salesforce/connect",
                "Host: localhost:" + port, "Cookie: " + session.sessionCookie());

        assertThat(connect.status()).isEqualTo(302);
        assertThat(URLDecoder.decode(connect.header("Location"), StandardCharsets.UTF_8))
                .startsWith(SharedEmulator.baseUrl() + "/services/oauth2/authorize?")
                .contains("redirect_uri=http://localhost:" + port + "/settings/salesforce/callback");
    }

    @Test
    void refusesACallbackWhoseStateDoesNotMatchTheSession() {
        var user = newUser();
        var session = WebSession.signedIn(baseUrl(), user);
        session.get("/settings/salesforce/connect");

        var page = session.get("/settings/salesforce/callback?code=stolen-code&state=forged-state");

        assertThat(page.uri().getPath()).isEqualTo("/settings");
        assertThat(page.body()).contains("could not be matched to this session");
        assertThat(connections.isConnected(user.id())).isFalse();
    }

    @Test
    void showsADeniedAuthorizationAndStaysDisconnected() {
        var user = newUser();
        var session = WebSession.signedIn(baseUrl(), user);
        var authorize = session.get("/settings/salesforce/connect");
        var state = authorize.uri().getQuery().replaceAll(".*state=([^&]+).*", "$1");

        var page = session.get("/settings/salesforce/callback?error=access_denied"
                + "&error_description=end-user+denied+authorization&state=" + state);

        assertThat(page.body()).contains("Salesforce did not connect: end-user denied authorization");
        assertThat(connections.isConnected(user.id())).isFalse();
    }

    @Test
    void connectsWithThePasswordGrantAndNamesTheOrgAndUser() {
        var user = newUser();

        var connection = flow.connectWithPassword(user.id(), SharedEmulator.USERNAME, SharedEmulator.PASSWORD);

        assertThat(connection.organizationId()).isEqualTo(SharedEmulator.orgId());
        assertThat(connection.username()).isEqualTo(SharedEmulator.USERNAME);
        assertThat(connection.instanceUrl()).isEqualTo(URI.create(SharedEmulator.baseUrl()));
        assertThat(api(user).get("/api/sync").json().get("connected").booleanValue()).isTrue();
    }

    @Test
    void disconnectForgetsTheConnection() {
        var user = newUser();
        flow.connectWithPassword(user.id(), SharedEmulator.USERNAME, SharedEmulator.PASSWORD);
        var session = WebSession.signedIn(baseUrl(), user);
        session.get("/settings");

        var page = session.post("/settings/salesforce/disconnect", Map.of());

        assertThat(page.body()).contains("Disconnected from Salesforce.");
        assertThat(connections.isConnected(user.id())).isFalse();
    }
}
