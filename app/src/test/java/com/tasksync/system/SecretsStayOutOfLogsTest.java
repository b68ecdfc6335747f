package com.tasksync.system;

import static com.tasksync.support.SalesforceRep.task;
import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.connection.ConnectFlow;
import com.tasksync.emulator.admin.FaultSpec;
import com.tasksync.support.Api;
import com.tasksync.support.EngineEmulator;
import com.tasksync.support.SalesforceOrg;
import com.tasksync.support.SharedEmulator;
import com.tasksync.support.SyncTestBase;
import com.tasksync.support.TestUser;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.Environment;

/**
 * A whole sync round at DEBUG, with the console captured: connecting (a password grant, then a
 * connection with a refresh token), the first sync (a token renewal), tasks made and edited on both
 * sides, a refused record, a session Salesforce stops accepting, an outage, and a refused renewal.
 * No access token, refresh token, API token, client secret, key or password appears in the output.
 * The JDK HTTP client's debug logger ({@code jdk.internal.httpclient.debug}) is on too; its header
 * log ({@code -Djdk.httpclient.HttpClient.log=headers}, read once at start) would print the
 * Authorization header, and must never be set in production.
 */
@ExtendWith(OutputCaptureExtension.class)
class SecretsStayOutOfLogsTest extends SyncTestBase {

    private static final List<String> AT_DEBUG = List.of("com.tasksync", "jdk.httpclient", "jdk.internal.httpclient",
            "java.net.http", "org.springframework.security");

    @Autowired
    LoggingSystem logging;

    @Autowired
    ConnectFlow flow;

    @Autowired
    Environment environment;

    private final Set<String> secrets = new LinkedHashSet<>();

    @BeforeEach
    void debug() {
        AT_DEBUG.forEach(logger -> logging.setLogLevel(logger, LogLevel.DEBUG));
    }

    @AfterEach
    void quiet() {
        AT_DEBUG.forEach(logger -> logging.setLogLevel(logger, null));
    }

    @Test
    void aWholeSyncRoundAtDebugLogsNoTokenSecretKeyOrPassword(CapturedOutput output) {
        List.of("tasksync.salesforce.client-secret", "tasksync.salesforce.token-key",
                "tasksync.security.device-cookie.key").forEach(name -> secrets.add(environment.getProperty(name)));
        secrets.add(PASSWORD);
        var org = SalesforceOrg.create();
        var rep = org.newRep();
        secrets.add(rep.user().password());
        secrets.add(SharedEmulator.PASSWORD);
        var user = newUser();

        SharedEmulator.registerApp(port);
        flow.connectWithPassword(user.id(), SharedEmulator.USERNAME, SharedEmulator.PASSWORD);
        noteTokens(user);
        connect(user, rep);
        noteTokens(user);
        var apiToken = api(user).post("/api/tokens", Map.of("name", "script")).json().get("token").stringValue();
        secrets.add(apiToken);
        var script = Api.withHeader(baseUrl(), "Bearer " + apiToken);

        enable(user);
        noteTokens(user);
        var id = script.post("/api/tasks", Map.of("subject", "made in TaskSync")).json().get("id").stringValue();
        relay();
        script.patch("/api/tasks/" + id, Map.of("subject", "edited in TaskSync"));
        script.post("/api/tasks", Map.of("subject", "refused by Salesforce", "who", "003000000000001AAA"));
        relay();
        var remote = rep.create(task("made in Salesforce"));
        poll();
        rep.update(remote, task("edited in Salesforce"));

        EngineEmulator.emulator().directory().revokeSession(connections.tokens(user.id()).orElseThrow().accessToken());
        poll();
        noteTokens(user);
        EngineEmulator.emulator().faults().add(FaultSpec.status("*", "/services/data/*/composite/sobjects/**", 503,
                "SERVER_UNAVAILABLE", "down for maintenance").times(3));
        script.patch("/api/tasks/" + id, Map.of("subject", "edited during an outage"));
        relay();
        syncUntilQuiet();
        noteTokens(user);

        var tokens = connections.tokens(user.id()).orElseThrow();
        EngineEmulator.emulator().directory().revokeRefreshToken(tokens.refreshToken());
        EngineEmulator.emulator().directory().revokeSession(tokens.accessToken());
        script.patch("/api/tasks/" + id, Map.of("subject", "edited after access was revoked"));
        relay();
        assertThat(syncStatus(user).get("state").stringValue()).isEqualTo("reconnect");
        flow.disconnect(user.id());

        var lines = output.getAll().lines().toList();
        assertThat(lines).as("the round logged at DEBUG")
                .anyMatch(line -> line.contains("DEBUG") && line.contains("Sent 1 of 1 changes to Salesforce"))
                .anyMatch(line -> line.contains("DEBUG") && line.contains("/services/oauth2/token answered 200"));
        assertThat(secrets).doesNotContainNull().hasSizeGreaterThanOrEqualTo(9);
        for (var secret : secrets) {
            assertThat(lines.stream().filter(line -> line.contains(secret)).toList())
                    .as("lines with a secret").isEmpty();
        }
    }

    /** The user's Salesforce tokens as stored now: each renewal brings new ones. */
    private void noteTokens(TestUser user) {
        var tokens = connections.tokens(user.id()).orElseThrow();
        secrets.add(tokens.accessToken());
        if (tokens.refreshToken() != null) {
            secrets.add(tokens.refreshToken());
        }
    }
}
