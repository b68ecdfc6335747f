package com.tasksync.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls the app's REST API over real HTTP, as one user (HTTP Basic or a token) or as nobody. */
public class Api {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private final String baseUrl;
    private final String authorization;

    public Api(String baseUrl, String email, String password) {
        this(email == null ? null : "Basic " + Base64.getEncoder()
                .encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8)), baseUrl);
    }

    private Api(String authorization, String baseUrl) {
        this.baseUrl = baseUrl;
        this.authorization = authorization;
    }

    /** Calls with this {@code Authorization} header, such as {@code Bearer tsk_…}. */
    public static Api withHeader(String baseUrl, String authorization) {
        return new Api(authorization, baseUrl);
    }

    public static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    public ApiResponse get(String path) {
        return send(request(path).GET());
    }

    public ApiResponse post(String path, Object body) {
        return send(path, "POST", "application/json", body == null ? "" : json(body));
    }

    public ApiResponse put(String path, Object body) {
        return send(path, "PUT", "application/json", json(body));
    }

    public ApiResponse patch(String path, Object body) {
        return send(path, "PATCH", "application/merge-patch+json", json(body));
    }

    public ApiResponse delete(String path) {
        return send(request(path).DELETE());
    }

    public ApiResponse send(String path, String method, String contentType, String body, String... headers) {
        var builder = request(path).method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        if (headers.length > 0) {
            builder.headers(headers);
        }
        return send(builder);
    }

    private HttpRequest.Builder request(String path) {
        var builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept", "application/json");
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder;
    }

    private static ApiResponse send(HttpRequest.Builder builder) {
        try {
            var response = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new ApiResponse(response.statusCode(), response.headers(), response.body(), parse(response.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return JSON.readTree(body);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
