package com.tasksync.salesforce.client.auth;

import java.net.URI;

/**
 * The start of an authorization-code flow: the URL to send the user's browser to, and the
 * {@code state} and PKCE {@code codeVerifier} to keep until the callback. Check the callback's
 * state against {@link #state()}; pass the verifier to {@link OAuthClient#exchangeCode}.
 */
public record AuthorizationRequest(URI url, String state, String codeVerifier) {

    @Override
    public String toString() {
        return "AuthorizationRequest[url=" + url + "]";
    }
}
