package com.tasksync.user;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The principal of a signed-in request; controllers take its {@link #id()} as the owner of all data they touch. */
public record SignedInUser(UUID id, String email, String passwordHash, boolean admin, boolean active)
        implements UserDetails, com.tasksync.system.SessionPrincipal {

    static SignedInUser of(UserAccount account) {
        return new SignedInUser(
                account.id(), account.email(), account.passwordHash(), account.admin(), account.active());
    }

    /** The same user without the password hash: what a session keeps (sessions are stored in the database). */
    @Override
    public SignedInUser withoutPassword() {
        return passwordHash == null ? this : new SignedInUser(id, email, null, admin, active);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return admin
                ? List.of(new SimpleGrantedAuthority("ROLE_USER"), new SimpleGrantedAuthority("ROLE_ADMIN"))
                : List.of(new SimpleGrantedAuthority("ROLE_USER"));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return active;
    }
}
