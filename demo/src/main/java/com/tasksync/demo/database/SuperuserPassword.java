package com.tasksync.demo.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded superuser's password, kept in a file only its owner can read: read when the file
 * exists, else generated at random and written there, the file created owner-only from its
 * first byte. The server is given whatever the file holds at each start.
 */
final class SuperuserPassword {

    private static final Logger log = LoggerFactory.getLogger(SuperuserPassword.class);

    private static final String PROPERTY = "tasksync.embedded-database.password-file";

    private SuperuserPassword() {}

    static String readOrCreate(Path file) throws IOException {
        if (!Files.exists(file)) {
            create(file);
        }
        var password = Files.readString(file, StandardCharsets.UTF_8).strip();
        if (password.isEmpty()) {
            throw new IllegalStateException(PROPERTY + " names an empty file: " + file);
        }
        if (password.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalStateException(PROPERTY + " names a file whose password has control characters: " + file);
        }
        warnIfOthersCanRead(file);
        return password;
    }

    private static void create(Path file) throws IOException {
        var random = new byte[32];
        new SecureRandom().nextBytes(random);
        var password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Files.createDirectories(file.toAbsolutePath().getParent());
        try {
            if (Files.getFileStore(file.toAbsolutePath().getParent()).supportsFileAttributeView("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
                log.warn("Cannot make {} readable by its owner only on this file system", file);
            }
        } catch (FileAlreadyExistsException e) {
            return; // another start wrote it first; use theirs
        }
        Files.writeString(file, password, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
        log.info("Generated the embedded PostgreSQL superuser's password in {}", file);
    }

    private static void warnIfOthersCanRead(Path file) throws IOException {
        try {
            var permissions = Files.getPosixFilePermissions(file);
            if (permissions.contains(PosixFilePermission.GROUP_READ) || permissions.contains(PosixFilePermission.OTHERS_READ)) {
                log.warn("{} can be read by other users than its owner; chmod 600 it", file);
            }
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: nothing to check
        }
    }
}
