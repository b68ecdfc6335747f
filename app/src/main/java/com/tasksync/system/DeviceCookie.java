package com.tasksync.system;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;

/**
 * The cookie a browser gets after a successful form sign-in: "this device signed in to this
 * account before". Its value is an expiry and an HMAC of the expiry and the account's email, so
 * it names the account without revealing it and cannot be forged without the key. Sign-ins on
 * that account from such a browser skip the address and account rules of {@link SignInThrottle},
 * which counts the cookie's own failures instead.
 */
public class DeviceCookie {

    static final String NAME = "tasksync_device";
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKey key;
    private final Duration lifetime;
    private final Clock clock;

    DeviceCookie(SecretKey key, Duration lifetime, Clock clock) {
        this.key = key;
        this.lifetime = lifetime;
        this.clock = clock;
    }

    void issue(HttpServletRequest request, HttpServletResponse response, String email) {
        var expires = clock.instant().plus(lifetime).getEpochSecond();
        var cookie = ResponseCookie.from(NAME, expires + "." + signature(expires, email))
                .httpOnly(true)
                .secure(request.isSecure())
                .sameSite("Lax")
                .path(request.getContextPath().isEmpty() ? "/" : request.getContextPath())
                .maxAge(lifetime)
                .build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
    }

    /** The value of the request's cookie that vouches for {@code email}, or null when none does. */
    String valueVouchingFor(HttpServletRequest request, String email) {
        var cookies = request.getCookies();
        if (cookies == null || email == null) {
            return null;
        }
        for (Cookie cookie : cookies) {
            if (NAME.equals(cookie.getName()) && valid(cookie.getValue(), email)) {
                return cookie.getValue();
            }
        }
        return null;
    }

    private boolean valid(String value, String email) {
        var dot = value.indexOf('.');
        if (dot < 1) {
            return false;
        }
        long expires;
        try {
            expires = Long.parseLong(value.substring(0, dot));
        } catch (NumberFormatException e) {
            return false;
        }
        var presented = value.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        var expected = signature(expires, email).getBytes(StandardCharsets.US_ASCII);
        return expires > clock.instant().getEpochSecond() && MessageDigest.isEqual(presented, expected);
    }

    private String signature(long expires, String email) {
        try {
            var mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            var signed = mac.doFinal(("device|" + expires + "|" + normalized(email)).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(signed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign a device cookie", e);
        }
    }

    static String normalized(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
