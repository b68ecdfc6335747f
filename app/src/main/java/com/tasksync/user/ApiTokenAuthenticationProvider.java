package com.tasksync.user;

import com.tasksync.system.BearerToken;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** Tells security whose a {@code Bearer} token is; an unknown or revoked token, or a deactivated user's, is refused. */
@Component
class ApiTokenAuthenticationProvider implements AuthenticationProvider {

    private final ApiTokens tokens;

    ApiTokenAuthenticationProvider(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        var user = tokens.userOf(((BearerToken) authentication).token())
                .orElseThrow(() -> new BadCredentialsException("Unknown API token"));
        return BearerToken.authenticated(user, user.getAuthorities());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return BearerToken.class.isAssignableFrom(authentication);
    }
}
