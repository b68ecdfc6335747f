package com.tasksync.system;

import java.util.Optional;
import org.springframework.security.core.userdetails.UserDetails;

/** Whose an API token is; the package that keeps the tokens answers, security asks on each Bearer request. */
public interface ApiTokenOwners {

    /** The active user the token belongs to; empty for an unknown or revoked token, or a deactivated user. */
    Optional<? extends UserDetails> ownerOf(String token);
}
