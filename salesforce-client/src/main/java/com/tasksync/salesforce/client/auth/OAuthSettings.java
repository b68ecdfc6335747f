package com.tasksync.salesforce.client.auth;

import java.net.URI;
import java.util.Objects;

/**
 * A connected app on a login host: production {@code https://login.salesforce.com}, sandbox
 * {@code https://test.salesforce.com}, a My Domain, or the emulator. The client secret and
 * redirect URI are null for grants that do not use them.
 */
public record OAuthSettings(URI loginUrl, String clientId, String clientSecret, URI redirectUri) {

    public OAuthSettings {
        Objects.requireNonNull(loginUrl, "loginUrl");
        Objects.requireNonNull(clientId, "clientId");
        String text = loginUrl.toString();
        if (text.endsWith("/")) {
            loginUrl = URI.create(text.substring(0, text.length() - 1));
        }
    }

    URI endpoint(String name) {
        return URI.create(loginUrl + "/services/oauth2/" + name);
    }

    @Override
    public String toString() {
        return "OAuthSettings[loginUrl=" + loginUrl + ", clientId=" + clientId + ", redirectUri=" + redirectUri + "]";
    }
}
