package com.tasksync.user;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.UUID;

/** A personal API token as listed: never the token itself, which exists only in the answer that made it. */
public record ApiToken(UUID id, @JsonIgnore UUID userId, String name, Instant createdAt, Instant lastUsedAt) {}
