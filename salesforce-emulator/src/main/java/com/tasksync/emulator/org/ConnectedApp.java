package com.tasksync.emulator.org;

import java.security.PublicKey;
import java.util.List;

/**
 * An OAuth client: consumer key and secret, the callback URLs it may redirect to, and the
 * certificate's public key that checks its JWT bearer assertions (null when it has none).
 * {@code runAsUserId} is the user that client_credentials tokens act as (null: grant disabled).
 */
public record ConnectedApp(
        String name,
        String clientId,
        String clientSecret,
        List<String> redirectUris,
        PublicKey certificateKey,
        String runAsUserId) {
}
