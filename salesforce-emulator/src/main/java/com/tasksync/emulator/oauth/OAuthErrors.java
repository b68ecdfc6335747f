package com.tasksync.emulator.oauth;

import com.tasksync.emulator.http.OAuthException;

/** Salesforce's OAuth error codes and descriptions, all answered with HTTP 400 as Salesforce does. */
final class OAuthErrors {

    private OAuthErrors() {
    }

    static OAuthException unknownClient() {
        return new OAuthException(400, "invalid_client_id", "client identifier invalid");
    }

    static OAuthException badClientSecret() {
        return new OAuthException(400, "invalid_client", "invalid client credentials");
    }

    static OAuthException authenticationFailure() {
        return new OAuthException(400, "invalid_grant", "authentication failure");
    }

    static OAuthException invalidCode() {
        return new OAuthException(400, "invalid_grant", "invalid authorization code");
    }

    static OAuthException expiredCode() {
        return new OAuthException(400, "invalid_grant", "expired authorization code");
    }

    static OAuthException invalidVerifier() {
        return new OAuthException(400, "invalid_grant", "invalid code verifier");
    }

    static OAuthException expiredRefreshToken() {
        return new OAuthException(400, "invalid_grant", "expired access/refresh token");
    }

    static OAuthException redirectMismatch() {
        return new OAuthException(400, "redirect_uri_mismatch", "redirect_uri must match configuration");
    }

    static OAuthException unsupportedGrant() {
        return new OAuthException(400, "unsupported_grant_type", "grant type not supported");
    }

    static OAuthException invalidAssertion() {
        return new OAuthException(400, "invalid_grant", "invalid assertion");
    }

    static OAuthException invalidAudience() {
        return new OAuthException(400, "invalid_grant", "audience is invalid");
    }

    static OAuthException notApproved() {
        return new OAuthException(400, "invalid_grant", "user hasn't approved this consumer");
    }

    static OAuthException noRunAsUser() {
        return new OAuthException(400, "invalid_grant", "no client credentials user enabled");
    }

    static OAuthException missing(String parameter) {
        return new OAuthException(400, "invalid_request", "missing required parameter: " + parameter);
    }

    static OAuthException unsupportedTokenType() {
        return new OAuthException(400, "unsupported_token_type", "unsupported token type");
    }

    static OAuthException invalidToken() {
        return new OAuthException(400, "invalid_token", "invalid token");
    }
}
