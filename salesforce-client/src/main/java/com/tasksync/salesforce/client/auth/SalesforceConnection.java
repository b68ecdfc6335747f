package com.tasksync.salesforce.client.auth;

import com.tasksync.salesforce.client.error.ReconnectRequiredException;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One user's live connection to an org, shared by threads. When calls fail with an expired
 * session, each caller reports the token it used; the first renews, the others find the token
 * already replaced and go on with the new one, so a burst of rejections costs one renewal.
 * A refused renewal ({@code invalid_grant}) sticks: every later call gets the same
 * {@link ReconnectRequiredException} until the user connects again.
 */
public final class SalesforceConnection {

    private static final Logger LOG = LoggerFactory.getLogger(SalesforceConnection.class);

    private final TokenRenewal renewal;
    private final TokenListener listener;
    private final ReentrantLock renewing = new ReentrantLock();
    private volatile ConnectionTokens tokens;
    private volatile ReconnectRequiredException refused;

    public SalesforceConnection(ConnectionTokens tokens, TokenRenewal renewal, TokenListener listener) {
        this.tokens = tokens;
        this.renewal = renewal;
        this.listener = listener;
    }

    /** The tokens to call with now. */
    public ConnectionTokens tokens() {
        ReconnectRequiredException failure = refused;
        if (failure != null) {
            throw new ReconnectRequiredException(failure.error());
        }
        return tokens;
    }

    /**
     * Renews the access token unless another caller already replaced {@code rejectedAccessToken}.
     *
     * @throws ReconnectRequiredException when the org refuses the renewal grant
     */
    public void renewAfterRejected(String rejectedAccessToken) {
        renewing.lock();
        try {
            ConnectionTokens current = tokens();
            if (!current.accessToken().equals(rejectedAccessToken)) {
                return;
            }
            ConnectionTokens renewed = current.renewedBy(renewOrRemember(current));
            tokens = renewed;
            tellListener(renewed);
        } finally {
            renewing.unlock();
        }
    }

    // Under the lock, so the listener sees renewals in the order they happened.
    private void tellListener(ConnectionTokens renewed) {
        try {
            listener.tokensRenewed(renewed);
        } catch (RuntimeException e) {
            LOG.warn("the token listener failed; the renewed tokens are in use but may not be stored", e);
        }
    }

    private TokenResponse renewOrRemember(ConnectionTokens current) {
        try {
            return renewal.renew(current);
        } catch (ReconnectRequiredException e) {
            refused = e;
            throw e;
        }
    }
}
