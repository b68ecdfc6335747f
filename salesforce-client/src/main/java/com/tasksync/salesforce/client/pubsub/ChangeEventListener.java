package com.tasksync.salesforce.client.pubsub;

import com.tasksync.salesforce.client.error.SalesforceApiException;
import java.util.List;

/**
 * Receives what a subscription delivers, in order, on one thread per subscription. A failure the
 * subscription cannot heal by reconnecting ends it with {@link #failed}.
 */
public interface ChangeEventListener {

    /** A batch of events, oldest first; {@code latest} is the replay id to resume after. */
    void events(List<ChangeEvent> events, ReplayId latest);

    /** Nothing happened for a while; {@code latest} is the replay id to resume after. */
    default void keepalive(ReplayId latest) {
    }

    /** The stream broke and is being opened again after {@code attempt} failures; no action needed. */
    default void reconnecting(SalesforceApiException cause, int attempt) {
    }

    /** The subscription has ended for good: an invalid replay id, no permission, an unknown topic, or retries exhausted. */
    void failed(SalesforceApiException cause);
}
