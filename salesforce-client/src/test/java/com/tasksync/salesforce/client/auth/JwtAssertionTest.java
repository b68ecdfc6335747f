package com.tasksync.salesforce.client.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.salesforce.client.support.Fixtures;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class JwtAssertionTest {

    @Test
    void signsTheClaimsWithRs256SoTheCertificateKeyVerifiesThem() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keys = generator.generateKeyPair();
        Instant expiry = Instant.parse("2026-11-22T03:03:00Z");

        String jwt = new JwtAssertion("3MVGclient", "ada@acme.example", "https://login.salesforce.com", expiry)
                .sign(keys.getPrivate());

        String[] parts = jwt.split("\\.");
        assertThat(parts).hasSize(3);
        assertThat(decode(parts[0]).path("alg").asString()).isEqualTo("RS256");
        JsonNode claims = decode(parts[1]);
        assertThat(claims.path("iss").asString()).isEqualTo("3MVGclient");
        assertThat(claims.path("sub").asString()).isEqualTo("ada@acme.example");
        assertThat(claims.path("aud").asString()).isEqualTo("https://login.salesforce.com");
        assertThat(claims.path("exp").asLong()).isEqualTo(expiry.getEpochSecond());
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(keys.getPublic());
        verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(verifier.verify(Base64.getUrlDecoder().decode(parts[2]))).isTrue();
    }

    private static JsonNode decode(String part) {
        return Fixtures.JSON.readTree(new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8));
    }
}
