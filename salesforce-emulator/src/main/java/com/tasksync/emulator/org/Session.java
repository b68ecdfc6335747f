package com.tasksync.emulator.org;

import java.time.Instant;

/** An access token's session: whose it is, for which client, and when it was last used. */
public final class Session {

    private final String accessToken;
    private final Org org;
    private final User user;
    private final String clientId;
    private final Instant issuedAt;
    private volatile Instant lastUsed;
    private volatile boolean revoked;

    public Session(String accessToken, Org org, User user, String clientId, Instant issuedAt) {
        this.accessToken = accessToken;
        this.org = org;
        this.user = user;
        this.clientId = clientId;
        this.issuedAt = issuedAt;
        this.lastUsed = issuedAt;
    }

    public String accessToken() {
        return accessToken;
    }

    public Org org() {
        return org;
    }

    public User user() {
        return user;
    }

    public String clientId() {
        return clientId;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public Instant lastUsed() {
        return lastUsed;
    }

    public void touch(Instant now) {
        lastUsed = now;
    }

    public boolean revoked() {
        return revoked;
    }

    public void revoke() {
        revoked = true;
    }

    /** Salesforce's timeout counts from the last use: an idle session ends, a busy one lives on. */
    public boolean expired(Instant now) {
        return revoked || lastUsed.plus(org.settings().sessionTimeout()).isBefore(now);
    }
}
