package com.tasksync.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tasksync.TaskSyncApplication;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The default run as a new user starts it: the demo main's profile, no datasource configured, so
 * an embedded PostgreSQL in a data directory of its own, the bundled emulator with its demo org,
 * and the demo admin and rep with their tasks, reached over HTTP. A second start on the same data
 * directory finds everything in place and seeds nothing twice.
 */
class DefaultRunTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path home;

    @Test
    void startsEverythingOnAFreshMachineAndSeedsOnce() throws Exception {
        int appPort = freePort();
        int emulatorPort = freePort();
        var base = "http://127.0.0.1:" + appPort;
        try (var context = start(appPort, emulatorPort)) {
            var tasks = get(base + "/api/tasks", "rep@tasksync.example", "tasksync-rep-1");
            assertThat(tasks.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(tasks.body()).get("totalItems").asLong()).isEqualTo(8);
            JsonNode center = JSON.readTree(get(base + "/api/command-center", "rep@tasksync.example", "tasksync-rep-1").body());
            assertThat(center.get("dueToday").size()).isPositive();
            assertThat(center.get("dueTomorrow").size()).isPositive();
            assertThat(get(base + "/api/admin/users", "admin@tasksync.example", "tasksync-admin-1").statusCode())
                    .isEqualTo(200);
            assertThat(get(base + "/api/admin/users", "rep@tasksync.example", "tasksync-rep-1").statusCode())
                    .isEqualTo(403);
            var authorize = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + emulatorPort
                    + "/services/oauth2/authorize?response_type=code&client_id=tasksync-demo-app&redirect_uri="
                    + base + "/settings/salesforce/callback")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(authorize.statusCode()).as("the emulator knows TaskSync's callback").isEqualTo(200);
        }
        try (var context = start(appPort, emulatorPort)) {
            var tasks = get(base + "/api/tasks", "rep@tasksync.example", "tasksync-rep-1");
            assertThat(JSON.readTree(tasks.body()).get("totalItems").asLong()).isEqualTo(8);
        }
    }

    private ConfigurableApplicationContext start(int appPort, int emulatorPort) {
        var application = new SpringApplication(TaskSyncApplication.class);
        application.setAdditionalProfiles("demo");
        return application.run(
                "--server.port=" + appPort,
                "--tasksync.demo.emulator-port=" + emulatorPort,
                "--tasksync.embedded-database.data-directory=" + home.resolve("pgdata"),
                "--tasksync.salesforce.token-key-file=" + home.resolve("token.key"),
                "--tasksync.security.device-cookie.key-file=" + home.resolve("device.key"),
                "--tasksync.security.bcrypt-strength=4");
    }

    private static HttpResponse<String> get(String url, String email, String password)
            throws IOException, InterruptedException {
        var basic = Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Basic " + basic)
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
