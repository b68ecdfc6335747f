package com.tasksync.emulator.support;

import com.tasksync.emulator.http.Json;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import tools.jackson.databind.node.ObjectNode;

/** RS256 JWT bearer assertions for tests, signed with keys made on the spot. */
public final class Jwts {

    private Jwts() {
    }

    public static KeyPair rsaKeyPair() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    public static String publicKeyPem(PublicKey key) {
        return "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(key.getEncoded()) + "\n-----END PUBLIC KEY-----\n";
    }

    public static String assertion(PrivateKey key, String clientId, String username, String audience, Instant expiresAt)
            throws GeneralSecurityException {
        ObjectNode header = Json.object().put("alg", "RS256");
        ObjectNode claims = Json.object().put("iss", clientId).put("sub", username).put("aud", audience)
                .put("exp", expiresAt.getEpochSecond());
        Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
        String input = encoder.encodeToString(Json.bytes(header)) + "." + encoder.encodeToString(Json.bytes(claims));
        Signature signer = Signature.getInstance("SHA256withRSA");
        signer.initSign(key);
        signer.update(input.getBytes(StandardCharsets.US_ASCII));
        return input + "." + encoder.encodeToString(signer.sign());
    }
}
