package com.tasksync.salesforce.client.auth;

import com.tasksync.salesforce.client.error.ReconnectRequiredException;
import com.tasksync.salesforce.client.error.SalesforceError;
import java.util.List;

/**
 * How a connection gets a new access token once Salesforce rejects the current one: usually the
 * refresh-token grant, for server-to-server connections a new JWT bearer or client-credentials grant.
 */
@FunctionalInterface
public interface TokenRenewal {

    TokenResponse renew(ConnectionTokens current);

    static TokenRenewal byRefreshToken(OAuthClient oauth) {
        return current -> {
            if (current.refreshToken() == null) {
                throw new ReconnectRequiredException(new SalesforceError(401, "INVALID_SESSION_ID",
                        "the session expired and the connection has no refresh token to renew it", List.of()));
            }
            return oauth.refresh(current.refreshToken());
        };
    }

    /**
     * A client-credentials connection has no refresh token: it renews by asking for a new token
     * with the app's key and secret. A refused grant ({@code invalid_grant}, such as an app whose
     * run-as user is gone) asks for reconnecting; a wrong secret is a permanent error.
     */
    static TokenRenewal byClientCredentials(OAuthClient oauth) {
        return current -> oauth.clientCredentials();
    }
}
