package com.tasksync.connection;

import java.io.Serializable;
import java.net.URI;

/**
 * An authorization in flight, kept in the user's session between the redirect to Salesforce
 * and the callback: where the browser went, the {@code state} to check and the PKCE verifier.
 */
record PendingAuthorization(URI authorizeUrl, String state, String codeVerifier, URI callback)
        implements Serializable {

    @Override
    public String toString() {
        return "PendingAuthorization[callback=" + callback + "]";
    }
}
