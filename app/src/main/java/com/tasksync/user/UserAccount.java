package com.tasksync.user;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

/**
 * A TaskSync user as stored; the password hash never leaves the server. The time zone is always
 * in its canonical form ({@link TimeZones#canonical}), whatever id a row or the JVM gave, so what
 * the API answers it also accepts.
 */
public record UserAccount(
        UUID id,
        String email,
        @JsonIgnore String passwordHash,
        ZoneId timeZone,
        boolean admin,
        boolean active,
        Instant createdAt) {

    public UserAccount {
        timeZone = TimeZones.canonical(timeZone);
    }
}
