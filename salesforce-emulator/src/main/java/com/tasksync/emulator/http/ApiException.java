package com.tasksync.emulator.http;

import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A Salesforce REST error: rendered as the JSON array {@code [{"message","errorCode","fields"}]}
 * with the given HTTP status.
 */
public class ApiException extends RuntimeException {

    private final int status;
    private final String errorCode;
    private final List<String> fields;

    public ApiException(int status, String errorCode, String message, List<String> fields) {
        super(message);
        this.status = status;
        this.errorCode = errorCode;
        this.fields = fields == null ? List.of() : List.copyOf(fields);
    }

    public ApiException(int status, String errorCode, String message) {
        this(status, errorCode, message, List.of());
    }

    public static ApiException notFound() {
        return new ApiException(404, "NOT_FOUND", "The requested resource does not exist");
    }

    public static ApiException badRequest(String errorCode, String message, String... fields) {
        return new ApiException(400, errorCode, message, List.of(fields));
    }

    public int status() {
        return status;
    }

    public String errorCode() {
        return errorCode;
    }

    public List<String> fields() {
        return fields;
    }

    /** The Salesforce error body: a JSON array holding one error. */
    public Response toResponse() {
        ObjectNode item = Json.object();
        item.put("message", getMessage());
        item.put("errorCode", errorCode);
        if (!fields.isEmpty()) {
            ArrayNode list = item.putArray("fields");
            fields.forEach(list::add);
        }
        ArrayNode body = Json.array();
        body.add(item);
        return Response.json(status, body);
    }
}
