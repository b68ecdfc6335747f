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

    /** Refuses, at start-up, a password bcrypt would cut short, as the admin API does. */
    public FirstAdminProperties {
        var bytes = password == null ? 0 : password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        if (bytes > NewUserReader.PASSWORD_MAX_BYTES) {
            throw new IllegalArgumentException("TASKSYNC_ADMIN_PASSWORD (tasksync.admin.password) is " + bytes
                    + " bytes long in UTF-8; a password may have at most " + NewUserReader.PASSWORD_MAX_BYTES
                    + " (bcrypt reads no further)");
        }
    }

    boolean hasEmail() {
        return email != null && !email.isBlank();
    }

    boolean hasPassword() {
        return password != null && !password.isEmpty();
    }
}
