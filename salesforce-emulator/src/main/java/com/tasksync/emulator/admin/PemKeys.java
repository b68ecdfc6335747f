package com.tasksync.emulator.admin;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.cert.CertificateFactory;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/** Reads the public key out of a PEM X.509 certificate, as Salesforce takes a connected app's, or out of a PEM public key. */
final class PemKeys {

    private PemKeys() {
    }

    static PublicKey publicKey(String pem) {
        try {
            if (pem.contains("BEGIN CERTIFICATE")) {
                CertificateFactory factory = CertificateFactory.getInstance("X.509");
                return factory.generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)))
                        .getPublicKey();
            }
            if (pem.contains("BEGIN PUBLIC KEY")) {
                String body = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
                return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(body)));
            }
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw AdminErrors.invalid("certificate", "not a PEM X.509 certificate or RSA public key: " + e.getMessage());
        }
        throw AdminErrors.invalid("certificate", "expected a PEM block: BEGIN CERTIFICATE or BEGIN PUBLIC KEY");
    }
}
