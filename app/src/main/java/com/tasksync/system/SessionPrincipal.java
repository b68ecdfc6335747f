package com.tasksync.system;

import org.springframework.security.core.userdetails.UserDetails;

/** A signed-in principal that can drop its password hash before a session keeps it (sessions live in the database). */
public interface SessionPrincipal {

    UserDetails withoutPassword();
}
