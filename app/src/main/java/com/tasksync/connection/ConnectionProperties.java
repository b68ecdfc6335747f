package com.tasksync.connection;

import java.net.URI;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How TaskSync reaches Salesforce and protects the tokens it gets.
 *
 * @param loginHost where users sign in to Salesforce, such as https://login.salesforce.com,
 *     https://test.salesforce.com or the bundled emulator; empty leaves Connect disabled
 * @param clientId the connected app's consumer key
 * @param clientSecret the connected app's consumer secret, from the environment
 * @param redirectUri the callback registered with the connected app; empty derives it from the request
 * @param tokenKey a base64 AES key (16, 24 or 32 bytes) for tokens at rest; empty uses {@code tokenKeyFile}
 * @param tokenKeyFile where a generated key is kept when no {@code tokenKey} is given
 */
@ConfigurationProperties("tasksync.salesforce")
public record ConnectionProperties(
        URI loginHost,
        @DefaultValue("tasksync") String clientId,
        String clientSecret,
        URI redirectUri,
        String tokenKey,
        @DefaultValue("${user.home}/.tasksync/token.key") Path tokenKeyFile) {

    public boolean connectable() {
        return loginHost != null && !loginHost.toString().isBlank();
    }
}
