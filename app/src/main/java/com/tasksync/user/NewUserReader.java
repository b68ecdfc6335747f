package com.tasksync.user;

import com.tasksync.system.JsonInput;
import java.time.ZoneId;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** Validates the body of {@code POST /api/admin/users} and the Users page form. */
public final class NewUserReader {

    private static final Set<String> WRITABLE = Set.of("email", "password", "timeZone", "admin");
    private static final Set<String> READ_ONLY = Set.of("id", "active", "createdAt");

    private NewUserReader() {}

    public static NewUser read(JsonNode body) {
        var input = JsonInput.of(body, WRITABLE, READ_ONLY);
        var email = input.text("email", 254, false);
        if (email == null && !input.hasProblem("email")) {
            input.problem("email", "is required");
        } else if (email != null && !email.strip().matches("[^@\\s]+@[^@\\s]+")) {
            input.problem("email", "must be an email address");
        }
        var password = input.text("password", 200, false);
        if (password == null && !input.hasProblem("password")) {
            input.problem("password", "is required");
        } else if (password != null && password.length() < 10) {
            input.problem("password", "must be at least 10 characters");
        }
        var zone = TimeZones.read(input, "timeZone");
        var admin = input.bool("admin");
        input.throwIfInvalid();
        return new NewUser(email.strip(), password, zone == null ? ZoneId.of("UTC") : zone, Boolean.TRUE.equals(admin));
    }
}
