package com.tasksync.salesforce.client.auth;

/** Told about every renewal, so the app can store the new tokens (encrypted) for its next start. */
@FunctionalInterface
public interface TokenListener {

    void tokensRenewed(ConnectionTokens tokens);

    static TokenListener ignoring() {
        return tokens -> { };
    }
}
