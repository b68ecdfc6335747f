package com.tasksync.system;

import java.util.Collection;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;

/**
 * An API token presented as {@code Authorization: Bearer}: first as the raw token to check, then,
 * once an {@code AuthenticationProvider} knows it, as its user. The raw token never outlives the check.
 */
public final class BearerToken extends AbstractAuthenticationToken {

    private final Object principal;
    private String token;

    private BearerToken(String token, Object principal, Collection<? extends GrantedAuthority> authorities) {
        super(authorities);
        this.token = token;
        this.principal = principal;
        setAuthenticated(principal != null);
    }

    static BearerToken of(String token) {
        return new BearerToken(token, null, List.of());
    }

    /** What a provider answers for a token it knows: the token's user and that user's authorities. */
    public static BearerToken authenticated(Object user, Collection<? extends GrantedAuthority> authorities) {
        return new BearerToken(null, user, authorities);
    }

    public String token() {
        return token;
    }

    @Override
    public Object getCredentials() {
        return token;
    }

    @Override
    public Object getPrincipal() {
        return principal;
    }

    @Override
    public void eraseCredentials() {
        super.eraseCredentials();
        token = null;
    }
}
