package com.tasksync.emulator.support;

import com.tasksync.emulator.http.Json;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/** Plain HTTP calls against a running emulator, as an outside client makes them; redirects are not followed. */
public final class HttpCalls {

    private final String baseUrl;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public HttpCalls(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A form post whose body is sent chunked, without Content-Length, as jsforce sends it. */
    public HttpResponse<String> postFormChunked(String path, Map<String, String> fields) throws IOException {
        byte[] body = form(fields).getBytes(StandardCharsets.UTF_8);
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));
    }

    public HttpResponse<String> postForm(String path, Map<String, String> fields) throws IOException {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields))));
    }

    public HttpResponse<String> get(String path) throws IOException {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    public HttpResponse<String> get(String path, String accessToken) throws IOException {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + accessToken).GET());
    }

    public HttpResponse<String> json(String method, String path, Object body) throws IOException {
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(Json.bytes(body));
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json").method(method, publisher));
    }

    public HttpResponse<String> json(String method, String path, Object body, String accessToken) throws IOException {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + accessToken)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(Json.bytes(body))));
    }

    public static JsonNode body(HttpResponse<String> response) {
        return Json.parse(response.body().getBytes(StandardCharsets.UTF_8));
    }

    private URI uri(String path) {
        return URI.create(path.startsWith("http") ? path : baseUrl + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException {
        try {
            return client.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new IOException(e));
        }
    }
}
