package com.tasksync.emulator.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * One HTTP request as the handlers see it: method, decoded path and query, headers, body, the
 * variables matched from the route's path template, and attributes that interceptors attach
 * (the authenticated session, the API version).
 */
public final class Request {

    private final String method;
    private final String path;
    private final String rawQuery;
    private final Map<String, List<String>> headers;
    private final byte[] body;
    private final String remoteAddress;
    private final Map<String, String> query;
    private Map<String, String> pathVariables = Map.of();
    private final Map<Class<?>, Object> attributes = new LinkedHashMap<>();

    public Request(String method, String path, String rawQuery, Map<String, List<String>> headers, byte[] body,
            String remoteAddress) {
        this.method = method.toUpperCase(Locale.ROOT);
        this.path = path;
        this.rawQuery = rawQuery;
        this.headers = headers;
        this.body = body;
        this.remoteAddress = remoteAddress;
        this.query = Collections.unmodifiableMap(parseForm(rawQuery));
    }

    public String method() {
        return method;
    }

    public String path() {
        return path;
    }

    public String rawQuery() {
        return rawQuery;
    }

    public String remoteAddress() {
        return remoteAddress;
    }

    public byte[] body() {
        return body;
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The body parsed as JSON; an empty or malformed body is Salesforce's JSON_PARSER_ERROR. */
    public JsonNode json() {
        if (body.length == 0) {
            throw new ApiException(400, "JSON_PARSER_ERROR", "The HTTP entity body is required, but this request has no entity body.");
        }
        try {
            return Json.parse(body);
        } catch (JacksonException e) {
            throw new ApiException(400, "JSON_PARSER_ERROR", "Unexpected character in request body: " + e.getOriginalMessage());
        }
    }

    /** The body parsed as {@code application/x-www-form-urlencoded}. */
    public Map<String, String> form() {
        return parseForm(bodyText());
    }

    public Map<String, String> query() {
        return query;
    }

    public String query(String name) {
        return query.get(name);
    }

    /** First value of a header, case-insensitively; null when absent. */
    public String header(String name) {
        for (Map.Entry<String, List<String>> e : headers.entrySet()) {
            if (e.getKey() != null && e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
                return e.getValue().get(0);
            }
        }
        return null;
    }

    public String pathVariable(String name) {
        return pathVariables.get(name);
    }

    void pathVariables(Map<String, String> variables) {
        this.pathVariables = variables;
    }

    public <T> void attribute(Class<T> type, T value) {
        attributes.put(type, value);
    }

    public <T> T attribute(Class<T> type) {
        return type.cast(attributes.get(type));
    }

    static Map<String, String> parseForm(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        for (String pair : text.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            try {
                out.putIfAbsent(URLDecoder.decode(key, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                throw new ApiException(400, "MALFORMED_QUERY", "Malformed URL-encoded parameter: " + key);
            }
        }
        return out;
    }
}
