package com.tasksync.torture.tasksync;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A TaskSync user's email and password, sent as HTTP Basic. */
public record Credentials(String email, String password) {

    public String basic() {
        return "Basic " + Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
