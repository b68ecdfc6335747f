package com.tasksync.salesforce.client.auth;

import java.net.URI;
import java.util.Objects;

/** What a connection needs to call an org: its instance URL, the access token and, if any, the refresh token. */
public record ConnectionTokens(URI instanceUrl, String accessToken, String refreshToken) {

    public ConnectionTokens {
        Objects.requireNonNull(instanceUrl, "instanceUrl");
        Objects.requireNonNull(accessToken, "accessToken");
    }

    public static ConnectionTokens from(TokenResponse response) {
        return new ConnectionTokens(response.instanceUrl(), response.accessToken(), response.refreshToken());
    }

    /** These tokens after a renewal: a renewal answer often carries no refresh token, so the old one stays. */
    ConnectionTokens renewedBy(TokenResponse response) {
        URI instance = response.instanceUrl() == null ? instanceUrl : response.instanceUrl();
        String refresh = response.refreshToken() == null ? refreshToken : response.refreshToken();
        return new ConnectionTokens(instance, response.accessToken(), refresh);
    }

    @Override
    public String toString() {
        return "ConnectionTokens[instanceUrl=" + instanceUrl + "]";
    }
}
