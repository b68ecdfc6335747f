package com.tasksync.system;

import java.io.IOException;
import java.time.Clock;
import java.util.Base64;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Provides the device cookie's signing key, kept like the token key: the configured one, or else
 * one read from (or generated into) a key file beside the data. A bad key stops start-up.
 */
@Configuration(proxyBeanMethods = false)
class DeviceCookieConfiguration {

    private static final int KEY_BYTES = 32;

    @Bean
    DeviceCookie deviceCookie(SecurityProperties properties, Clock clock) throws IOException {
        var settings = properties.deviceCookie();
        var encoded = settings.key() != null && !settings.key().isBlank()
                ? settings.key().strip()
                : KeyFile.readOrGenerate(settings.keyFile(), KEY_BYTES);
        byte[] key;
        try {
            key = Base64.getDecoder().decode(encoded);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("tasksync.security.device-cookie.key is not valid base64");
        }
        if (key.length < KEY_BYTES) {
            throw new IllegalStateException("tasksync.security.device-cookie.key must be at least 32 bytes");
        }
        return new DeviceCookie(new SecretKeySpec(key, "HmacSHA256"), settings.lifetime(), clock);
    }
}
