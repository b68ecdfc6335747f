package com.tasksync.connection;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Provides the token cipher's key: the configured one, or else one read from (or generated
 * into) the key file beside the data, readable only by its owner. A bad key stops start-up.
 */
@Configuration(proxyBeanMethods = false)
class TokenKeyConfiguration {

    private static final Logger log = LoggerFactory.getLogger(TokenKeyConfiguration.class);

    @Bean
    TokenCipher tokenCipher(ConnectionProperties properties) throws IOException {
        var encoded = properties.tokenKey() != null && !properties.tokenKey().isBlank()
                ? properties.tokenKey().strip()
                : keyFromFile(properties);
        byte[] key;
        try {
            key = Base64.getDecoder().decode(encoded);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("tasksync.salesforce.token-key is not valid base64");
        }
        if (key.length != 16 && key.length != 24 && key.length != 32) {
            throw new IllegalStateException("tasksync.salesforce.token-key must be 16, 24 or 32 bytes");
        }
        return new TokenCipher(new SecretKeySpec(key, "AES"));
    }

    private static String keyFromFile(ConnectionProperties properties) throws IOException {
        var file = properties.tokenKeyFile();
        if (Files.exists(file)) {
            return Files.readString(file);
        }
        var key = new byte[32];
        new SecureRandom().nextBytes(key);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, Base64.getEncoder().encodeToString(key));
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            log.warn("Cannot restrict the permissions of {}", file);
        }
        log.info("Generated a token key in {}", file);
        return Files.readString(file);
    }

}
