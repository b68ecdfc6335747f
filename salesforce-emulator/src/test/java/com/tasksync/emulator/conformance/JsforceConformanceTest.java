package com.tasksync.emulator.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.emulator.Emulator;
import com.tasksync.emulator.admin.UserChange;
import com.tasksync.emulator.http.Json;
import com.tasksync.emulator.org.ConnectedApp;
import com.tasksync.emulator.org.Org;
import com.tasksync.emulator.org.OrgSettings;
import com.tasksync.emulator.org.Permission;
import com.tasksync.emulator.org.User;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Runs jsforce 3.10.16 from npm, unchanged, against the emulator over real HTTP: OAuth
 * (password, code with PKCE, refresh, JWT bearer, revoke), describe, CRUD, upsert,
 * collections, paged query, queryAll, replication, limits, error codes and a Tooling API query.
 * Each check in {@code jsforce/conformance.mjs} becomes one test here.
 */
class JsforceConformanceTest {

    private static final String VERSION = "66.0";
    private static final String REDIRECT_URI = "http://127.0.0.1:9/callback";

    @TestFactory
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    Stream<DynamicTest> jsforceWorksAgainstTheEmulatorUnchanged() throws Exception {
        NodeProject project = NodeProject.prepare("jsforce", List.of("package.json", "conformance.mjs"));
        List<JsonNode> results = new ArrayList<>();
        try (Emulator emulator = Emulator.builder().port(0).start()) {
            Org org = emulator.directory().createOrg("Conformance", OrgSettings.defaults().withSetAuditFields(true));
            User user = emulator.directory().createUser(org, "jsforce@conformance.example", "Passw0rd!", "jsforce@conformance.example",
                    "Js", "Force", "Europe/Paris");
            // The Tooling check reads the Change Data Capture selection, which needs View Setup and Configuration.
            emulator.admin().updateUser(org.id(), user.id(), UserChange.none().permit(Permission.VIEW_SETUP, true));
            emulator.changeDataCapture().updateSettings(org, settings -> settings.withSelectedEntities(Set.of("Task")));
            KeyPair keys = KeyPairGenerator.getInstance("RSA").generateKeyPair();
            ConnectedApp app = emulator.directory().registerApp("jsforce", List.of(REDIRECT_URI), keys.getPublic(), user.id());
            ObjectNode config = Json.object()
                    .put("baseUrl", emulator.baseUrl())
                    .put("version", VERSION)
                    .put("orgId", org.id())
                    .put("userId", user.id())
                    .put("username", user.username())
                    .put("password", user.password())
                    .put("clientId", app.clientId())
                    .put("clientSecret", app.clientSecret())
                    .put("redirectUri", REDIRECT_URI)
                    .put("externalIdField", "TaskSync_Id__c")
                    .put("foreignContactId", foreignContactId(emulator))
                    .put("jwtPrivateKeyPem", pem(keys));
            run(project, emulator, org, config, results);
        }
        assertThat(results).as("checks reported by the script").isNotEmpty();
        return results.stream().map(r -> DynamicTest.dynamicTest(r.get("name").asString(),
                () -> assertThat(r.get("ok").asBoolean()).as(r.get("name").asString() + ": " + r.path("error").asString("")).isTrue()));
    }

    private static void run(NodeProject project, Emulator emulator, Org org, ObjectNode config, List<JsonNode> results)
            throws Exception {
        ProcessBuilder builder = new ProcessBuilder("node", "conformance.mjs").directory(project.dir().toFile());
        builder.environment().put("CONFORMANCE_CONFIG", config.toString());
        List.of("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY").forEach(builder.environment()::remove);
        builder.redirectError(project.dir().resolve("conformance.stderr.log").toFile());
        Process node = builder.start();
        boolean done = false;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8));
                Writer in = new OutputStreamWriter(node.getOutputStream(), StandardCharsets.UTF_8)) {
            String line;
            while ((line = out.readLine()) != null) {
                JsonNode message = Json.MAPPER.readTree(line);
                switch (message.get("type").asString()) {
                    case "result" -> results.add(message);
                    case "await" -> {
                        in.write(answer(emulator, org, message).toString() + "\n");
                        in.flush();
                    }
                    case "done" -> done = true;
                    default -> throw new IllegalStateException("unexpected line from the script: " + line);
                }
            }
        } finally {
            if (!node.waitFor(30, TimeUnit.SECONDS)) {
                node.destroyForcibly();
            }
        }
        assertThat(done).as("the script ran to its end (see target/jsforce/conformance.stderr.log)").isTrue();
    }

    private static ObjectNode answer(Emulator emulator, Org org, JsonNode message) {
        ObjectNode reply = Json.object().put("ok", true);
        switch (message.get("action").asString()) {
            case "clock" -> reply.put("now", emulator.clock().now().toString());
            case "advance-clock" -> emulator.clock().advance(Duration.ofMinutes(message.get("minutes").asInt()));
            case "exhaust-api-limit" -> org.apiUsage().set(emulator.clock().now(), org.settings().dailyApiRequests());
            case "restore-api-limit" -> org.apiUsage().set(emulator.clock().now(), 0);
            case "expire-sessions" -> emulator.clock().advance(org.settings().sessionTimeout().plusMinutes(1));
            default -> reply.put("ok", false).put("error", "unknown action");
        }
        return reply;
    }

    /** A Contact of another org: a well-formed ID that the conformance org must refuse as a reference. */
    private static String foreignContactId(Emulator emulator) throws Exception {
        Org other = emulator.directory().createOrg("Elsewhere", OrgSettings.defaults());
        User owner = emulator.directory().createUser(other, "owner@elsewhere.example", "x", "owner@elsewhere.example", "O", "Wner",
                null);
        String token = emulator.directory().openSession(owner, null).accessToken();
        HttpRequest request = HttpRequest.newBuilder(URI.create(emulator.baseUrl() + "/services/data/v" + VERSION + "/sobjects/Contact"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.object().put("LastName", "Foreign").toString()))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return Json.MAPPER.readTree(response.body()).get("id").asString();
    }

    private static String pem(KeyPair keys) {
        String base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(keys.getPrivate().getEncoded());
        return "-----BEGIN PRIVATE KEY-----\n" + base64 + "\n-----END PRIVATE KEY-----\n";
    }
}
