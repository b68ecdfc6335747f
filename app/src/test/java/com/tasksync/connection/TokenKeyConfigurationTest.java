package com.tasksync.connection;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

class TokenKeyConfigurationTest {

    @TempDir
    Path directory;

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(ConnectionProperties.class)
    static class Properties {}

    private ApplicationContextRunner runner() {
        return new ApplicationContextRunner()
                .withUserConfiguration(Properties.class, TokenKeyConfiguration.class)
                .withPropertyValues("tasksync.salesforce.token-key-file=" + directory.resolve("keys/token.key"));
    }

    @Test
    void generatesAKeyOnlyItsOwnerCanReadAndKeepsUsingIt() throws Exception {
        var sealed = new byte[1][];
        runner().run(context -> sealed[0] = context.getBean(TokenCipher.class).encrypt("token"));

        var file = directory.resolve("keys/token.key");
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        runner().run(context -> assertThat(context.getBean(TokenCipher.class).decrypt(sealed[0])).isEqualTo("token"));
    }

    @Test
    void stopsStartUpOnAKeyOfTheWrongSize() {
        runner().withPropertyValues("tasksync.salesforce.token-key=c2hvcnQ=")
                .run(context -> assertThat(context).hasFailed()
                        .getFailure().rootCause().hasMessageContaining("tasksync.salesforce.token-key"));
    }
}
