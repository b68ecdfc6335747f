package com.tasksync.user;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first admin of an installation, usually given as {@code TASKSYNC_ADMIN_EMAIL} and
 * {@code TASKSYNC_ADMIN_PASSWORD}. Used only while no active admin exists.
 *
 * @param email the first admin's email; empty creates nobody
 * @param password the first admin's password; empty generates one and prints it once
 */
@ConfigurationProperties("tasksync.admin")
public record FirstAdminProperties(String email, String password) {

    boolean hasEmail() {
        return email != null && !email.isBlank();
    }

    boolean hasPassword() {
        return password != null && !password.isEmpty();
    }
}
