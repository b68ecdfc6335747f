package com.tasksync.user;

import com.tasksync.system.JsonInput;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** Validates the body of {@code POST /api/admin/users} and the Users page form. */
public final class NewUserReader {

    private static final Set<String> WRITABLE = Set.of("email", "password", "timeZone", "admin");
    private static final Set<String> READ_ONLY = Set.of("id", "active", "createdAt");

    /** bcrypt reads no more than this; a longer password would pass with any ending. */
    static final int PASSWORD_MAX_BYTES = 72;

    private NewUserReader() {}

    public static NewUser read(JsonNode body) {
        var input = JsonInput.of(body, WRITABLE, READ_ONLY);
        var email = input.text("email", 254, false);
        if (email == null && !input.hasProblem("email")) {
            input.problem("email", "is required");
        } else if (email != null && !email.strip().matches("[^@\\s]+@[^@\\s]+")) {
            input.problem("email", "must be an email address");
        }
        var password = input.text("password", 1024, false);
        if (password == null && !input.hasProblem("password")) {
            input.problem("password", "is required");
        } else if (password != null && password.length() < 10) {
            input.problem("password", "must be at least 10 characters");
        } else if (password != null && bytes(password) > PASSWORD_MAX_BYTES) {
            input.problem("password", "must be at most " + PASSWORD_MAX_BYTES + " bytes in UTF-8 (bcrypt reads no"
                    + " further); this one is " + bytes(password) + " bytes");
        }
        var zone = TimeZones.read(input, "timeZone");
        var admin = input.bool("admin");
        input.throwIfInvalid();
        return new NewUser(email.strip(), password, zone == null ? ZoneId.of("UTC") : zone, Boolean.TRUE.equals(admin));
    }

    private static int bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
