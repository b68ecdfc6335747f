package com.tasksync.emulator.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.emulator.Emulator;
import com.tasksync.emulator.support.HttpCalls;
import com.tasksync.emulator.support.Jwts;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CertificateTest {

    @TempDir
    Path dir;

    @Test
    void connectedAppTakesAnX509CertificateAndChecksJwtsWithIt() throws Exception {
        Path store = dir.resolve("jwt.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "jwt", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=TaskSync Test", "-storetype", "PKCS12", "-keystore", store.toString(),
                "-storepass", "changeit", "-keypass", "changeit").redirectErrorStream(true).start();
        assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(keytool.exitValue()).as(new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isZero();
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(store)) {
            keys.load(in, "changeit".toCharArray());
        }
        String pem = "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder().encodeToString(keys.getCertificate("jwt").getEncoded())
                + "\n-----END CERTIFICATE-----\n";

        try (Emulator emulator = Emulator.builder().start()) {
            var org = emulator.admin().createOrg("Cert", null);
            emulator.admin().createUser(org.id(), UserToCreate.of("cert@test.example", "pw"));
            var app = emulator.admin().registerApp(new NewConnectedApp("JWT", List.of(), pem, null));
            String jwt = Jwts.assertion((PrivateKey) keys.getKey("jwt", "changeit".toCharArray()), app.clientId(),
                    "cert@test.example", "https://login.salesforce.com", emulator.clock().now().plus(Duration.ofMinutes(3)));

            var response = new HttpCalls(emulator.baseUrl()).postForm("/services/oauth2/token",
                    Map.of("grant_type", "urn:ietf:params:oauth:grant-type:jwt-bearer", "assertion", jwt));

            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        }
    }
}
