package com.tasksync.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.support.AppTestBase;
import com.tasksync.support.LoopbackHttp;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/**
 * Requests refused before any controller sees them, by Tomcat, the security firewall or the
 * body limit: each still gets a problem body. Sent over a raw socket or the JDK client, since
 * these are requests a well-behaved client library would not make.
 */
class RefusedRequestTest extends AppTestBase {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    private SecurityProperties properties;

    @Test
    void anEncodedSlashInThePathIsAProblem() {
        var response = raw().get("/api/..%2ftasks", basic());

        assertProblem(response, 400);
    }

    @Test
    void aSessionIdInThePathIsAProblem() {
        var response = raw().get("/api/tasks;jsessionid=0123456789ABCDEF", basic());

        assertProblem(response, 400);
    }

    @Test
    void traceIsAProblemWhateverTheClientAccepts() {
        assertProblem(raw().send("TRACE", "/api/tasks", List.of("Accept: text/html"), null), 405);
        assertProblem(raw().send("TRACE", "/", List.of(), null), 405);
    }

    @Test
    void aDeclaredBodyOverTheLimitIs413BeforeAnyOfItIsRead() {
        var response = raw().send("POST", "/api/tasks",
                List.of(basic(), "Content-Type: application/json", "Content-Length: 52428800"), null);

        assertProblem(response, 413);
    }

    @Test
    void aChunkedBodyIsCutOffOnceItPassesTheLimit() {
        var body = chunked(jsonWithDescription((int) properties.maxRequestBody().toBytes() + 100_000));

        var response = raw().send("POST", "/api/tasks",
                List.of(basic(), "Content-Type: application/json", "Transfer-Encoding: chunked"), body);

        assertProblem(response, 413);
    }

    @Test
    void aChunkedBodyFromTheJdkClientOverTheLimitIs413() throws Exception {
        var size = (int) properties.maxRequestBody().toBytes() + 100_000;
        var streamed = HttpRequest.newBuilder(URI.create(baseUrl() + "/api/tasks"))
                .header("Authorization", basic().substring("Authorization: ".length()))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(jsonWithDescription(size))))
                .build();

        var response = HttpClient.newHttpClient().send(streamed, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void aBodyUnderTheLimitIsReadAndJudgedOnItsFields() {
        var response = raw().send("POST", "/api/tasks", List.of(basic(), "Content-Type: application/json"),
                jsonWithDescription(100_000));

        assertProblem(response, 400);
        assertThat(response.body()).contains("description");
    }

    private LoopbackHttp raw() {
        return LoopbackHttp.from("127.0.0.1", port);
    }

    private String basic() {
        var user = newUser();
        return "Authorization: Basic " + Base64.getEncoder()
                .encodeToString((user.email() + ":" + user.password()).getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] jsonWithDescription(int length) {
        return JSON.writeValueAsBytes(Map.of("subject", "Large", "description", "x".repeat(length)));
    }

    private static byte[] chunked(byte[] body) {
        var out = new ByteArrayOutputStream();
        for (int at = 0; at < body.length; at += 8192) {
            var size = Math.min(8192, body.length - at);
            out.writeBytes((Integer.toHexString(size) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body, at, size);
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    private static void assertProblem(LoopbackHttp.Response response, int status) {
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        var problem = JSON.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.has("title")).isTrue();
        assertThat(problem.has("instance")).isTrue();
    }
}
