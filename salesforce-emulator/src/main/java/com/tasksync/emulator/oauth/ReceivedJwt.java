package com.tasksync.emulator.oauth;

import com.tasksync.emulator.http.Json;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * A JWT bearer assertion (RFC 7523) as Salesforce reads it: RS256 over
 * {@code base64url(header).base64url(claims)}, with the claims iss, sub, aud and exp.
 */
record ReceivedJwt(String signingInput, byte[] signature, String algorithm, String issuer, String subject,
        String audience, long expiresAt) {

    static ReceivedJwt parse(String assertion) {
        if (assertion == null) {
            throw OAuthErrors.missing("assertion");
        }
        String[] parts = assertion.split("\\.", -1);
        if (parts.length != 3) {
            throw OAuthErrors.invalidAssertion();
        }
        try {
            Base64.Decoder decoder = Base64.getUrlDecoder();
            JsonNode header = Json.parse(decoder.decode(parts[0]));
            JsonNode claims = Json.parse(decoder.decode(parts[1]));
            JsonNode aud = claims.path("aud");
            String audience = aud.isArray() ? aud.path(0).asString(null) : aud.asString(null);
            return new ReceivedJwt(parts[0] + "." + parts[1], decoder.decode(parts[2]), header.path("alg").asString(""),
                    claims.path("iss").asString(null), claims.path("sub").asString(null), audience,
                    claims.path("exp").asLong(0));
        } catch (IllegalArgumentException | JacksonException e) {
            throw OAuthErrors.invalidAssertion();
        }
    }

    boolean signedBy(PublicKey key) {
        if (key == null || !"RS256".equals(algorithm)) {
            return false;
        }
        try {
            Signature verifier = Signature.getInstance("SHA256withRSA");
            verifier.initVerify(key);
            verifier.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
