package com.tasksync.emulator.http;

import java.nio.ByteBuffer;
import java.util.Map;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Answers the errors that Jetty raises before a request reaches the emulator (a request line or
 * URI it refuses, headers too large, bad percent-encoding) as a Salesforce error body,
 * {@code [{"message","errorCode"}]} in {@code application/json;charset=UTF-8}, never an HTML page.
 * Salesforce documents the statuses but not the error codes of such answers; the codes here name
 * the HTTP status.
 */
final class JsonErrorHandler extends ErrorHandler {

    private static final Map<Integer, String> CODES = Map.of(
            400, "BAD_REQUEST",
            405, "METHOD_NOT_ALLOWED",
            413, "REQUEST_ENTITY_TOO_LARGE",
            414, "URI_TOO_LONG",
            431, "REQUEST_HEADER_FIELDS_TOO_LARGE",
            501, "NOT_IMPLEMENTED",
            505, "HTTP_VERSION_NOT_SUPPORTED");

    static String errorCode(int status) {
        return CODES.getOrDefault(status, status >= 500 ? "UNKNOWN_EXCEPTION" : "BAD_REQUEST");
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = request.getAttribute(ERROR_STATUS) instanceof Integer s ? s : response.getStatus();
        String message = request.getAttribute(ERROR_MESSAGE) instanceof String m ? m : HttpStatus.getMessage(status);
        byte[] body = body(status, message);
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, com.tasksync.emulator.http.Response.JSON);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
        return true;
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, com.tasksync.emulator.http.Response.JSON);
        return ByteBuffer.wrap(body(status, reason == null ? HttpStatus.getMessage(status) : reason));
    }

    private static byte[] body(int status, String message) {
        return new ApiException(status, errorCode(status), message == null ? HttpStatus.getMessage(status) : message).toResponse().body();
    }
}
