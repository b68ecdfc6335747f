package com.tasksync.user;

import java.time.Instant;
import java.util.UUID;

/** The answer to creating a token: the one time the token itself is shown. */
public record IssuedApiToken(UUID id, String name, String token, Instant createdAt, Instant lastUsedAt) {

    @Override
    public String toString() {
        return "IssuedApiToken[id=" + id + ", name=" + name + "]";
    }
}
