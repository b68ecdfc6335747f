package com.tasksync.connection;

import java.net.URI;

/**
 * What a successful token exchange yields. {@code toString} hides the tokens so they never
 * reach a log.
 */
public record SalesforceTokens(
        String accessToken,
        String refreshToken,
        URI instanceUrl,
        String organizationId,
        String salesforceUserId,
        String username) {

    @Override
    public String toString() {
        return "SalesforceTokens[instanceUrl=" + instanceUrl + ", organizationId=" + organizationId
                + ", salesforceUserId=" + salesforceUserId + ", username=" + username + "]";
    }
}
