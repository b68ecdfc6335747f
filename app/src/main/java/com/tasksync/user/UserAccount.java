package com.tasksync.user;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

/** A TaskSync user as stored; the password hash never leaves the server. */
public record UserAccount(
        UUID id,
        String email,
        @JsonIgnore String passwordHash,
        ZoneId timeZone,
        boolean admin,
        boolean active,
        Instant createdAt) {}
