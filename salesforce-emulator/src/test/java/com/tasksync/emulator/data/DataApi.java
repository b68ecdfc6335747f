package com.tasksync.emulator.data;

import com.tasksync.emulator.Emulator;
import com.tasksync.emulator.http.Json;
import com.tasksync.emulator.org.Org;
import com.tasksync.emulator.org.OrgSettings;
import com.tasksync.emulator.org.User;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.function.UnaryOperator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A running emulator with one org, one user and an access token, and a small HTTP client that
 * calls the data API the way Salesforce clients do. Close it to stop the emulator.
 */
final class DataApi implements AutoCloseable {

    final Emulator emulator;
    final Org org;
    final User user;
    private String token;
    private final HttpClient http = HttpClient.newHttpClient();
    private String version = "v66.0";

    private DataApi(UnaryOperator<OrgSettings> settings) {
        emulator = Emulator.builder().port(0).start();
        org = emulator.directory().createOrg("Acme", settings.apply(OrgSettings.defaults()));
        user = emulator.directory().createUser(org, "rep" + System.nanoTime() + "@acme.example", "secret",
                "rep@acme.example", "Rita", "Rep", "Europe/Paris");
        token = emulator.directory().openSession(user, "test-client").accessToken();
    }

    /** Moves the emulator's clock and opens a new session, as a client would after its token expired. */
    DataApi advance(java.time.Duration by) {
        emulator.clock().advance(by);
        token = emulator.directory().openSession(user, "test-client").accessToken();
        return this;
    }

    static DataApi start() {
        return new DataApi(s -> s);
    }

    static DataApi start(UnaryOperator<OrgSettings> settings) {
        return new DataApi(settings);
    }

    /** Calls under another API version, such as {@code v45.0}. */
    DataApi version(String value) {
        version = value;
        return this;
    }

    String path(String rest) {
        return "/services/data/" + version + rest;
    }

    Reply get(String rest, String... headers) {
        return send("GET", path(rest), null, headers);
    }

    Reply post(String rest, JsonNode body, String... headers) {
        return send("POST", path(rest), body, headers);
    }

    Reply patch(String rest, JsonNode body, String... headers) {
        return send("PATCH", path(rest), body, headers);
    }

    Reply delete(String rest) {
        return send("DELETE", path(rest), null);
    }

    Reply send(String method, String fullPath, JsonNode body, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(emulator.baseUrl() + fullPath))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(Json.bytes(body)));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        boolean ownAuthorization = false;
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
            ownAuthorization |= headers[i].equalsIgnoreCase("Authorization");
        }
        if (!ownAuthorization) {
            b.header("Authorization", "Bearer " + token);
        }
        try {
            return new Reply(http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Creates a record and returns its id. */
    String create(String type, ObjectNode fields) {
        Reply reply = post("/sobjects/" + type, fields);
        if (reply.status() != 201) {
            throw new AssertionError("create failed: " + reply.status() + " " + reply.text());
        }
        return reply.json().get("id").asString();
    }

    String task(String subject) {
        return create("Task", Json.object().put("Subject", subject));
    }

    static ObjectNode fields() {
        return Json.object();
    }

    @Override
    public void close() {
        emulator.close();
    }

    /** An HTTP answer: status, headers, body. */
    record Reply(HttpResponse<byte[]> response) {
        int status() {
            return response.statusCode();
        }

        String text() {
            return new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
        }

        JsonNode json() {
            return Json.parse(response.body());
        }

        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        /** The errorCode of the first error in a Salesforce error array. */
        String errorCode() {
            return json().get(0).get("errorCode").asString();
        }

        String message() {
            return json().get(0).get("message").asString();
        }
    }
}
