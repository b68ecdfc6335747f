package com.tasksync.user;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Base64;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes the installation's first admin at start-up from {@link FirstAdminProperties}, so nobody
 * needs SQL to get in. It acts only while no active admin exists, under a PostgreSQL advisory
 * lock, so nodes starting together create one admin. Without a configured email and without an
 * admin, it says how to create one.
 */
@Component
class FirstAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);
    /** Any fixed number, shared by all nodes: the advisory lock that serialises the check. */
    private static final long LOCK = 0x7461736b73796e63L;

    private final FirstAdminProperties properties;
    private final UserRepository repository;
    private final PasswordEncoder passwordEncoder;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    FirstAdmin(FirstAdminProperties properties, UserRepository repository, PasswordEncoder passwordEncoder,
            JdbcClient jdbc, TransactionTemplate transaction, Clock clock) {
        this.properties = properties;
        this.repository = repository;
        this.passwordEncoder = passwordEncoder;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        transaction.executeWithoutResult(status -> {
            jdbc.sql("select pg_advisory_xact_lock(:lock)").param("lock", LOCK).query(Object.class).single();
            if (repository.countActiveAdmins() > 0) {
                return;
            }
            if (!properties.hasEmail()) {
                log.warn("TaskSync has no admin yet: start it once with TASKSYNC_ADMIN_EMAIL (and"
                        + " TASKSYNC_ADMIN_PASSWORD, or a password is generated and printed) to create the first one.");
                return;
            }
            createOrPromote();
        });
    }

    private void createOrPromote() {
        var existing = repository.findByEmail(properties.email().strip());
        if (existing.isPresent()) {
            repository.makeActiveAdmin(existing.get().id());
            log.info("Made {} the first admin of TaskSync; the password is unchanged.", existing.get().email());
            return;
        }
        var password = properties.hasPassword() ? properties.password() : generatedPassword();
        repository.insert(new UserAccount(UUID.randomUUID(), properties.email().strip(),
                passwordEncoder.encode(password), ZoneId.of("UTC"), true, true, clock.instant()));
        if (properties.hasPassword()) {
            log.info("Created the first admin of TaskSync, {}, with the password from TASKSYNC_ADMIN_PASSWORD.",
                    properties.email().strip());
        } else {
            log.warn("Created the first admin of TaskSync, {}, with the one-time password {} (shown only now).",
                    properties.email().strip(), password);
        }
    }

    private static String generatedPassword() {
        var bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
