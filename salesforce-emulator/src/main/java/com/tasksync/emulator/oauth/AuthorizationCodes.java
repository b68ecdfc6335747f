package com.tasksync.emulator.oauth;

import com.tasksync.emulator.org.Directory;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Authorization codes handed out by the consent page: single-use, valid for 15 minutes of
 * emulator time, bound to the client, the user, the redirect URI and the PKCE challenge.
 */
final class AuthorizationCodes {

    static final Duration LIFETIME = Duration.ofMinutes(15);

    private final Directory directory;
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();

    AuthorizationCodes(Directory directory) {
        this.directory = directory;
    }

    /** What a code stands for. {@code codeChallenge} is null when the client sent none. */
    record Grant(String clientId, String userId, String redirectUri, String codeChallenge, String challengeMethod,
            String scope, Instant issuedAt) {
    }

    String issue(Grant grant) {
        codes.values().removeIf(g -> directory.now().isAfter(g.issuedAt().plus(LIFETIME)));
        String code = "aPrx" + directory.token(60) + "==";
        codes.put(code, grant);
        return code;
    }

    /** Takes the code out for good, so that a second use fails; rejects unknown and expired codes. */
    Grant redeem(String code) {
        Grant grant = code == null ? null : codes.remove(code);
        if (grant == null) {
            throw OAuthErrors.invalidCode();
        }
        if (directory.now().isAfter(grant.issuedAt().plus(LIFETIME))) {
            throw OAuthErrors.expiredCode();
        }
        return grant;
    }
}
