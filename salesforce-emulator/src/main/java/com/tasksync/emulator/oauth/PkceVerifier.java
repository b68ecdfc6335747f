package com.tasksync.emulator.oauth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/** Proof Key for Code Exchange (RFC 7636): checks a code verifier against the challenge sent at authorize. */
final class PkceVerifier {

    private PkceVerifier() {
    }

    /** S256 unless the client said {@code plain}; jsforce sends no method at all and hashes with SHA-256. */
    static boolean matches(String challenge, String method, String verifier) {
        if (verifier == null || verifier.isEmpty()) {
            return false;
        }
        if ("plain".equals(method)) {
            return MessageDigest.isEqual(bytes(challenge), bytes(verifier));
        }
        return MessageDigest.isEqual(bytes(challenge), bytes(s256(verifier)));
    }

    static String s256(String verifier) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(bytes(verifier));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
