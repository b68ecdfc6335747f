package com.tasksync.salesforce.client;

import java.util.Optional;

/**
 * Told of every HTTP request a client sends to the REST API — retries and replays after a renewal
 * each count, as Salesforce counts them — once its answer (or its failure) is in. A caller uses it
 * to count its own API use and follow the org's allocation without wrapping the HTTP client.
 * Called on the calling thread; must not throw.
 */
@FunctionalInterface
public interface CallListener {

    /**
     * One request: its method, its HTTP status (0 when no answer came), Salesforce's error code when it
     * failed ({@code INVALID_SESSION_ID}, {@code REQUEST_LIMIT_EXCEEDED}; {@code CONNECTION_FAILED} or
     * {@code TIMEOUT} when no answer came), and what the answer said of the org.
     */
    record Call(String method, int status, Optional<String> errorCode, Optional<ApiUsage> usage,
            Optional<ServerTime> serverTime) {}

    void called(Call call);

    static CallListener none() {
        return call -> { };
    }
}
