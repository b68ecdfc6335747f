package com.tasksync.system;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Successful password checks remembered for a few minutes, in memory and bounded, so an HTTP
 * Basic client does not pay bcrypt on every request. An entry is found by an HMAC of the email
 * and password under a key made at random for this process, so neither the password nor anything
 * that could be checked against it offline is kept; it holds the password hash that was current
 * when it was made. Failures are never remembered.
 */
class RecentSignIns {

    private static final String ALGORITHM = "HmacSHA256";

    private final Cache<String, String> hashByCredentials;
    private final SecretKeySpec key;

    RecentSignIns(SecurityProperties.BasicCache settings) {
        this.hashByCredentials = Caffeine.newBuilder()
                .maximumSize(settings.size())
                .expireAfterWrite(settings.ttl())
                .build();
        var random = new byte[32];
        new SecureRandom().nextBytes(random);
        this.key = new SecretKeySpec(random, ALGORITHM);
    }

    String keyOf(String email, String password) {
        try {
            var mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            mac.update(DeviceCookie.normalized(email).getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot key a remembered sign-in", e);
        }
    }

    /** The password hash remembered for these credentials, or null. */
    String passwordHash(String key) {
        return hashByCredentials.getIfPresent(key);
    }

    void remember(String key, String passwordHash) {
        hashByCredentials.put(key, passwordHash);
    }

    void forget(String key) {
        hashByCredentials.invalidate(key);
    }
}
