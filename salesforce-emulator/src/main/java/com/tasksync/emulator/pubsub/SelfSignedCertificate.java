package com.tasksync.emulator.pubsub;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;

/**
 * A fresh EC P-256 key and a self-signed X.509 certificate for it, made when the Pub/Sub API
 * starts: CN=localhost, valid for {@code localhost}, {@code 127.0.0.1} and the host the emulator
 * listens on, for ten years. Clients either trust this certificate or skip verification.
 */
public final class SelfSignedCertificate {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyMMddHHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final KeyPair keys;
    private final X509Certificate certificate;

    private SelfSignedCertificate(KeyPair keys, X509Certificate certificate) {
        this.keys = keys;
        this.certificate = certificate;
    }

    public static SelfSignedCertificate generate(String host) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            KeyPair keys = generator.generateKeyPair();
            byte[] ecdsaWithSha256 = Der.sequence(Der.oid(1, 2, 840, 10045, 4, 3, 2));
            byte[] name = Der.sequence(Der.set(Der.sequence(Der.oid(2, 5, 4, 3), Der.utf8("localhost"))));
            Instant now = Instant.now();
            byte[] tbs = Der.sequence(
                    Der.context(0, true, Der.integer(BigInteger.TWO)),
                    Der.integer(new BigInteger(63, new SecureRandom()).add(BigInteger.ONE)),
                    ecdsaWithSha256,
                    name,
                    Der.sequence(Der.utcTime(TIME.format(now.minus(Duration.ofDays(1)))),
                            Der.utcTime(TIME.format(now.plus(Duration.ofDays(3650))))),
                    name,
                    keys.getPublic().getEncoded(),
                    Der.context(3, true, Der.sequence(subjectAltNames(host))));
            Signature signer = Signature.getInstance("SHA256withECDSA");
            signer.initSign(keys.getPrivate());
            signer.update(tbs);
            byte[] der = Der.sequence(tbs, ecdsaWithSha256, Der.bitString(signer.sign()));
            X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(der));
            return new SelfSignedCertificate(keys, certificate);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot make the Pub/Sub API's certificate", e);
        }
    }

    private static byte[] subjectAltNames(String host) {
        byte[] names = Der.concat(Der.context(2, false, "localhost".getBytes(StandardCharsets.US_ASCII)),
                Der.context(7, false, new byte[] {127, 0, 0, 1}), hostName(host));
        return Der.sequence(Der.oid(2, 5, 29, 17), Der.octetString(Der.sequence(names)));
    }

    private static byte[] hostName(String host) {
        if (host == null || host.equals("localhost") || host.equals("127.0.0.1")) {
            return new byte[0];
        }
        if (host.matches("[0-9.]+|.*:.*")) {
            try {
                return Der.context(7, false, InetAddress.getByName(host).getAddress());
            } catch (UnknownHostException e) {
                return new byte[0];
            }
        }
        return Der.context(2, false, host.getBytes(StandardCharsets.US_ASCII));
    }

    public KeyPair keys() {
        return keys;
    }

    public X509Certificate certificate() {
        return certificate;
    }

    /** The certificate in PEM, for clients that trust it explicitly. */
    public String pem() {
        try {
            return "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(certificate.getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
