package com.tasksync.system;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Sign-in, API credentials and request limits.
 *
 * @param bcryptStrength the BCrypt work factor for new password hashes
 * @param signIn how failed sign-ins are throttled
 * @param deviceCookie the cookie that exempts a browser that signed in before from the address and account rules of the sign-in throttle
 * @param basicCache how long and how many HTTP Basic successes are remembered, so bcrypt does not run on every call
 * @param maxRequestBody the largest request body accepted; larger ones get 413
 */
@Validated
@ConfigurationProperties("tasksync.security")
public record SecurityProperties(
        @DefaultValue("10") @Min(4) @Max(31) int bcryptStrength,
        @DefaultValue @Valid SignIn signIn,
        @DefaultValue @Valid DeviceCookie deviceCookie,
        @DefaultValue @Valid BasicCache basicCache,
        @DefaultValue("1MB") DataSize maxRequestBody) {

    public SecurityProperties {
        if (maxRequestBody.toBytes() < 1024) {
            throw new IllegalArgumentException("tasksync.security.max-request-body must be at least 1KB");
        }
    }

    /**
     * @param addressMaxFailures failed sign-ins one source address may make per window; beyond, it gets 429
     * @param addressWindow how long an address's failures count, from its first one
     * @param accountMaxFailures failed sign-ins on one account, from anywhere, before attempts on it are slowed
     * @param accountWindow how long an account's failures count, from its first one
     * @param accountFirstDelay the gap required between attempts once an account is slowed; it doubles with each failure
     * @param accountMaxDelay the longest gap ever required
     */
    public record SignIn(
            @DefaultValue("20") @Min(1) int addressMaxFailures,
            @DefaultValue("15m") Duration addressWindow,
            @DefaultValue("5") @Min(1) int accountMaxFailures,
            @DefaultValue("15m") Duration accountWindow,
            @DefaultValue("1s") Duration accountFirstDelay,
            @DefaultValue("30s") Duration accountMaxDelay) {

        public SignIn {
            positive("sign-in.address-window", addressWindow);
            positive("sign-in.account-window", accountWindow);
            positive("sign-in.account-first-delay", accountFirstDelay);
            if (accountMaxDelay.compareTo(accountFirstDelay) < 0) {
                throw new IllegalArgumentException(
                        "tasksync.security.sign-in.account-max-delay must not be shorter than account-first-delay");
            }
        }
    }

    /**
     * @param key a base64 HMAC key (at least 32 bytes) that signs device cookies; empty uses {@code keyFile}
     * @param keyFile where a generated key is kept when no {@code key} is given
     * @param lifetime how long a device cookie lasts
     */
    public record DeviceCookie(
            String key,
            @DefaultValue("${user.home}/.tasksync/device.key") Path keyFile,
            @DefaultValue("365d") Duration lifetime) {

        public DeviceCookie {
            positive("device-cookie.lifetime", lifetime);
        }
    }

    /**
     * @param size how many successful HTTP Basic sign-ins are remembered; 0 remembers none
     * @param ttl how long one is remembered
     */
    public record BasicCache(@DefaultValue("10000") @Min(0) int size, @DefaultValue("5m") Duration ttl) {

        public BasicCache {
            positive("basic-cache.ttl", ttl);
        }
    }

    private static void positive(String property, Duration value) {
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("tasksync.security." + property + " must be positive");
        }
    }
}
