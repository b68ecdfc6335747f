package com.tasksync.emulator.http;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a handler answers: status, headers and body bytes. Headers can be added by interceptors. */
public final class Response {

    public static final String JSON = "application/json;charset=UTF-8";

    private final int status;
    private final byte[] body;
    private final Map<String, String> headers = new LinkedHashMap<>();

    public Response(int status, String contentType, byte[] body) {
        this.status = status;
        this.body = body == null ? new byte[0] : body;
        if (contentType != null) {
            headers.put("Content-Type", contentType);
        }
    }

    public static Response json(int status, Object value) {
        return new Response(status, JSON, Json.bytes(value));
    }

    public static Response noContent() {
        return new Response(204, null, null);
    }

    public static Response html(int status, String html) {
        return new Response(status, "text/html;charset=UTF-8", html.getBytes(StandardCharsets.UTF_8));
    }

    public static Response redirect(String location) {
        return new Response(302, null, null).header("Location", location);
    }

    public Response header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public int status() {
        return status;
    }

    public byte[] body() {
        return body;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
