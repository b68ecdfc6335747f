package com.tasksync.torture.http;

import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** An HTTP answer that did arrive. */
public record Reply(int status, HttpHeaders headers, byte[] body) {

    public boolean ok() {
        return status >= 200 && status < 300;
    }

    public JsonNode json() {
        return Json.parse(body);
    }

    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    public Optional<String> location() {
        return headers.firstValue("Location");
    }

    /** A short form for messages: the status and the start of the body. */
    public String brief() {
        var text = text();
        return status + " " + (text.length() > 300 ? text.substring(0, 300) + "…" : text);
    }
}
