package com.tasksync.system;

import java.nio.charset.StandardCharsets;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Checks an email and password: with bcrypt, or from {@link RecentSignIns} when the same
 * credentials passed a few minutes ago and the account is still active with the same password
 * hash (one indexed read instead of bcrypt's 100 ms). A password longer than bcrypt reads
 * (72 bytes) is simply wrong, never an error.
 */
class PasswordAuthenticationProvider implements AuthenticationProvider {

    static final int BCRYPT_MAX_BYTES = 72;

    private final DaoAuthenticationProvider bcrypt;
    private final UserDetailsService users;
    private final RecentSignIns recent;

    PasswordAuthenticationProvider(DaoAuthenticationProvider bcrypt, UserDetailsService users, RecentSignIns recent) {
        this.bcrypt = bcrypt;
        this.users = users;
        this.recent = recent;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        var email = attempt.getName();
        var password = attempt.getCredentials() == null ? "" : attempt.getCredentials().toString();
        if (password.getBytes(StandardCharsets.UTF_8).length > BCRYPT_MAX_BYTES) {
            throw new BadCredentialsException("Bad credentials");
        }
        var key = recent.keyOf(email, password);
        var rememberedHash = recent.passwordHash(key);
        if (rememberedHash != null) {
            var user = stillValid(email, rememberedHash);
            if (user != null) {
                return signedIn(user, attempt);
            }
            recent.forget(key);
        }
        var result = bcrypt.authenticate(attempt);
        if (result != null && result.getPrincipal() instanceof UserDetails user) {
            recent.remember(key, user.getPassword());
            return signedIn(user, attempt);
        }
        return result;
    }

    /** The signed-in principal carries no password hash: sessions that keep it are stored in the database. */
    private static Authentication signedIn(UserDetails user, Authentication attempt) {
        var principal = user instanceof SessionPrincipal signedIn ? signedIn.withoutPassword() : user;
        var result = UsernamePasswordAuthenticationToken.authenticated(principal, null, user.getAuthorities());
        result.setDetails(attempt.getDetails());
        return result;
    }

    private UserDetails stillValid(String email, String rememberedHash) {
        try {
            var user = users.loadUserByUsername(email);
            var usable = user.isEnabled() && user.isAccountNonLocked() && user.isAccountNonExpired()
                    && user.isCredentialsNonExpired();
            return usable && rememberedHash.equals(user.getPassword()) ? user : null;
        } catch (UsernameNotFoundException e) {
            return null;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
