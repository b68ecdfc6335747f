package com.tasksync.support;

import java.net.http.HttpHeaders;
import tools.jackson.databind.JsonNode;

/** An API answer as a test sees it: status, headers and the body read as JSON (null when empty or not JSON). */
public record ApiResponse(int status, HttpHeaders headers, String text, JsonNode json) {

    public String header(String name) {
        return headers.firstValue(name).orElse(null);
    }

    public String contentType() {
        return header("Content-Type");
    }
}
