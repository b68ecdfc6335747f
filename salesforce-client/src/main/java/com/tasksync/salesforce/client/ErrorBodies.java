package com.tasksync.salesforce.client;

import com.tasksync.salesforce.client.error.SalesforceError;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an error response. Salesforce sends a JSON array of {@code {message, errorCode, fields}};
 * the first error gives the code, the messages of all are kept. A 300 from upsert lists the
 * matching records' URLs instead; anything else (a proxy's HTML page) keeps its status.
 */
final class ErrorBodies {

    private static final int MAX_RAW_MESSAGE = 500;

    private ErrorBodies() {
    }

    static SalesforceError parse(int status, String body, JsonMapper json) {
        JsonNode node = readOrNull(body, json);
        if (node != null && node.isArray() && !node.isEmpty()) {
            JsonNode first = node.get(0);
            if (first.isString()) {
                return new SalesforceError(status, "MULTIPLE_CHOICES",
                        "the external ID matches several records: " + strings(node), List.of());
            }
            return fromObjects(status, node);
        }
        if (node != null && node.isObject() && node.has("errorCode")) {
            return fromObjects(status, json.createArrayNode().add(node));
        }
        if (node != null && node.isObject() && node.has("error")) {
            return new SalesforceError(status, node.path("error").asString(), node.path("error_description").asString(""),
                    List.of());
        }
        String raw = body.length() > MAX_RAW_MESSAGE ? body.substring(0, MAX_RAW_MESSAGE) : body;
        return new SalesforceError(status, "HTTP_" + status, raw, List.of());
    }

    private static SalesforceError fromObjects(int status, JsonNode errors) {
        JsonNode first = errors.get(0);
        List<String> messages = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        for (JsonNode error : errors) {
            messages.add(error.path("message").asString(""));
            error.path("fields").forEach(field -> fields.add(field.asString()));
        }
        String code = first.path("errorCode").asString(first.path("statusCode").asString("HTTP_" + status));
        return new SalesforceError(status, code, String.join("; ", messages), fields);
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asString()));
        return values;
    }

    private static JsonNode readOrNull(String body, JsonMapper json) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return json.readTree(body);
        } catch (JacksonException e) {
            return null;
        }
    }
}
