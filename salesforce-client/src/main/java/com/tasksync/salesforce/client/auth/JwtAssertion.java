package com.tasksync.salesforce.client.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The signed JWT of the OAuth 2.0 JWT bearer grant: RS256 over {@code iss} (client id),
 * {@code sub} (username), {@code aud} (login host) and {@code exp} (seconds since the epoch).
 */
public record JwtAssertion(String clientId, String username, String audience, Instant expiresAt) {

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    public String sign(PrivateKey key) {
        ObjectNode claims = JSON.createObjectNode()
                .put("iss", clientId)
                .put("sub", username)
                .put("aud", audience)
                .put("exp", expiresAt.getEpochSecond());
        String signingInput = encode("{\"alg\":\"RS256\"}") + "." + encode(JSON.writeValueAsString(claims));
        try {
            Signature signer = Signature.getInstance("SHA256withRSA");
            signer.initSign(key);
            signer.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + BASE64URL.encodeToString(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot sign the JWT assertion with the given key", e);
        }
    }

    private static String encode(String json) {
        return BASE64URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
