package com.tasksync.salesforce.client.auth;

/**
 * How a connection gets a new access token once Salesforce rejects the current one: usually the
 * refresh-token grant, for server-to-server connections a new JWT bearer grant.
 */
@FunctionalInterface
public interface TokenRenewal {

    TokenResponse renew(ConnectionTokens current);

    static TokenRenewal byRefreshToken(OAuthClient oauth) {
        return current -> {
            if (current.refreshToken() == null) {
                throw new IllegalStateException("this connection has no refresh token to renew with");
            }
            return oauth.refresh(current.refreshToken());
        };
    }
}
