package com.tasksync.connection;

import java.io.Serializable;
import java.net.URI;

/**
 * An authorization in flight, kept in the user's session between the redirect to Salesforce
 * and the callback: where the browser went, the {@code state} to check, the PKCE verifier, and
 * whether an admin is connecting the org's integration user rather than their own Salesforce user.
 */
record PendingAuthorization(URI authorizeUrl, String state, String codeVerifier, URI callback, boolean integration)
        implements Serializable {

    @Override
    public String toString() {
        return "PendingAuthorization[callback=" + callback + ", integration=" + integration + "]";
    }
}
