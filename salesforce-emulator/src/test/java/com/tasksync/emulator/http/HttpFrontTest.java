package com.tasksync.emulator.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpFrontTest {

    private static final Instant SERVER_TIME = Instant.parse("2031-02-03T04:05:06Z");

    private HttpFront front;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws IOException {
        Router router = new Router()
                .get("/things/{id}", Access.PUBLIC, r -> Response.json(200, Json.object().put("id", r.pathVariable("id"))))
                .get("/things/describe", Access.PUBLIC, r -> Response.json(200, Json.object().put("describe", true)))
                .delete("/things/{id}", Access.PUBLIC, r -> Response.noContent())
                .post("/echo", Access.PUBLIC, r -> Response.json(200, r.form()))
                .get("/drop", Access.PUBLIC, r -> {
                    throw new DropConnection();
                })
                .get("/boom", Access.PUBLIC, r -> {
                    throw new IllegalStateException("bug");
                });
        front = new HttpFront("127.0.0.1", 0, router, List.of(), () -> SERVER_TIME);
        front.start();
    }

    @AfterEach
    void stop() {
        front.close();
    }

    private HttpResponse<String> send(String method, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + front.port() + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void prefersLiteralSegmentsOverVariables() throws Exception {
        assertThat(send("GET", "/things/describe").body()).contains("\"describe\":true");
        assertThat(send("GET", "/things/abc").body()).contains("\"id\":\"abc\"");
    }

    @Test
    void answersUnknownPathsAndMethodsWithSalesforceErrors() throws Exception {
        HttpResponse<String> missing = send("GET", "/nothing");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("\"errorCode\":\"NOT_FOUND\"");
        HttpResponse<String> wrongMethod = send("PUT", "/things/abc");
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(wrongMethod.body()).contains("METHOD_NOT_ALLOWED").contains("Allowed are DELETE,GET");
    }

    @Test
    void turnsUnexpectedErrorsIntoUnknownException() throws Exception {
        HttpResponse<String> response = send("GET", "/boom");
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).contains("UNKNOWN_EXCEPTION");
    }

    @Test
    void dropsTheConnectionWithoutAnyResponse() {
        assertThatThrownBy(() -> send("GET", "/drop")).isInstanceOf(IOException.class);
    }

    @Test
    void sendsTheDateOfItsOwnClock() throws Exception {
        HttpResponse<String> response = send("GET", "/things/abc");
        String date = response.headers().firstValue("Date").orElseThrow();
        assertThat(ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant()).isEqualTo(SERVER_TIME);
    }

    @Test
    void readsChunkedBodiesAndAnswersWithContentLength() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + front.port() + "/echo"))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream("a=1&b=2".getBytes())))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.body()).isEqualTo("{\"a\":\"1\",\"b\":\"2\"}");
        assertThat(response.headers().firstValue("Content-Length")).contains(Integer.toString(response.body().length()));
    }
}
