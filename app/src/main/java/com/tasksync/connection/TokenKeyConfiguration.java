package com.tasksync.connection;

import com.tasksync.system.KeyFile;
import java.io.IOException;
import java.util.Base64;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Provides the token cipher's key: the configured one, or else one read from (or generated
 * into) the key file beside the data, readable only by its owner. A bad key stops start-up.
 */
@Configuration(proxyBeanMethods = false)
class TokenKeyConfiguration {

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
        return KeyFile.readOrGenerate(properties.tokenKeyFile(), 32);
    }
}
