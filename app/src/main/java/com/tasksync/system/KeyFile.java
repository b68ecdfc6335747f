package com.tasksync.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A secret key kept in a file beside the data as base64, readable only by its owner, generated
 * on first start. Several nodes must be given the same key through configuration instead.
 */
public final class KeyFile {

    private static final Logger log = LoggerFactory.getLogger(KeyFile.class);

    private KeyFile() {}

    /** The base64 key in {@code file}, after writing a fresh random one of {@code bytes} bytes when it is missing. */
    public static String readOrGenerate(Path file, int bytes) throws IOException {
        if (Files.exists(file)) {
            return Files.readString(file).strip();
        }
        var key = new byte[bytes];
        new SecureRandom().nextBytes(key);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, Base64.getEncoder().encodeToString(key));
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            log.warn("Cannot restrict the permissions of {}", file);
        }
        log.info("Generated a key in {}", file);
        return Files.readString(file).strip();
    }
}
