package com.tasksync.system;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A request signed in with an API token ({@code Authorization: Bearer}): its principal is the
 * token's user, found active by this very request's look-up of the token. The token itself is
 * not kept.
 */
public final class BearerToken extends AbstractAuthenticationToken {

    private final UserDetails user;

    BearerToken(UserDetails user) {
        super(user.getAuthorities());
        this.user = user;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public Object getPrincipal() {
        return user;
    }
}
