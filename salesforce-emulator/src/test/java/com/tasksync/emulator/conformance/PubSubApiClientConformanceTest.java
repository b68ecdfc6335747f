package com.tasksync.emulator.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.emulator.Emulator;
import com.tasksync.emulator.http.Json;
import com.tasksync.emulator.org.Org;
import com.tasksync.emulator.org.OrgSettings;
import com.tasksync.emulator.org.User;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Runs the npm package salesforce-pubsub-api-client 5.5.2, unchanged, against the emulator's
 * Pub/Sub API over gRPC with TLS: it subscribes to {@code /data/TaskChangeEvent}, decodes create,
 * update (changed and nulled fields from the bitmaps) and delete events, replays after a stored
 * replay id, sees keepalives and an authentication error. Each check in {@code pubsub/conformance.mjs}
 * becomes one test. Skipped where Node.js is missing, never under {@code CI=true}.
 */
class PubSubApiClientConformanceTest {

    @TestFactory
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    Stream<DynamicTest> pubSubApiClientWorksAgainstTheEmulatorUnchanged() throws Exception {
        Assumptions.assumeTrue("true".equals(System.getenv("CI")) || nodeInstalled(),
                "Node.js and npm are not installed here");
        NodeProject project = NodeProject.prepare("pubsub", List.of("package.json", "conformance.mjs"));
        List<JsonNode> results = new ArrayList<>();
        try (Emulator emulator = Emulator.builder().pubSubKeepalive(Duration.ofSeconds(1)).start()) {
            Org org = emulator.admin().createOrg("Pub/Sub Conformance", OrgSettings.defaults());
            User user = emulator.directory().createUser(org, "pubsub@conformance.example", "Passw0rd!", null, "Pub",
                    "Sub", null);
            emulator.viewAllData().grant(user, true);
            emulator.changeDataCapture().updateSettings(org, s -> s.withSelectedEntities(Set.of("Task")));
            ObjectNode config = Json.object()
                    .put("baseUrl", emulator.baseUrl())
                    .put("pubSubEndpoint", emulator.pubSub().endpoint())
                    .put("accessToken", emulator.directory().openSession(user, null).accessToken())
                    // the client insists on an https instance URL; the emulator's REST side is plain http
                    .put("instanceUrl", emulator.baseUrl().replace("http://", "https://"))
                    .put("organizationId", org.id())
                    .put("userId", user.id());
            run(project, config, results);
        }
        assertThat(results).as("checks reported by the script").isNotEmpty();
        return results.stream().map(r -> DynamicTest.dynamicTest(r.get("name").asString(),
                () -> assertThat(r.get("ok").asBoolean()).as(r.get("name").asString() + ": " + r.path("error").asString(""))
                        .isTrue()));
    }

    private static boolean nodeInstalled() {
        try {
            Process node = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            return node.waitFor(20, TimeUnit.SECONDS) && node.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void run(NodeProject project, ObjectNode config, List<JsonNode> results) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("node", "conformance.mjs").directory(project.dir().toFile());
        builder.environment().put("CONFORMANCE_CONFIG", config.toString());
        List.of("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "grpc_proxy").forEach(builder.environment()::remove);
        builder.redirectError(project.dir().resolve("conformance.stderr.log").toFile());
        Process node = builder.start();
        boolean done = false;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                JsonNode message = Json.MAPPER.readTree(line);
                switch (message.get("type").asString()) {
                    case "result" -> results.add(message);
                    case "done" -> done = true;
                    default -> throw new IllegalStateException("unexpected line from the script: " + line);
                }
            }
        } finally {
            if (!node.waitFor(30, TimeUnit.SECONDS)) {
                node.destroyForcibly();
            }
        }
        assertThat(done).as("the script ran to its end (see target/pubsub/conformance.stderr.log)").isTrue();
    }
}
