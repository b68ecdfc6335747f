package com.tasksync.emulator.pubsub;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The open Subscribe streams of one Pub/Sub server, the threads that deliver to them, and the
 * keepalive interval; the admin API drops streams through it, and may have new subscriptions taken
 * late (a stand-in for a slow network between a subscriber and the server, which no answer reveals).
 */
final class Streams implements AutoCloseable {

    private final Set<SubscriberStream> open = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService executor;
    private final Duration keepalive;
    private volatile Duration subscribeDelay = Duration.ZERO;

    Streams(Duration keepalive) {
        this.keepalive = keepalive;
        AtomicInteger n = new AtomicInteger();
        this.executor = Executors.newScheduledThreadPool(2, r -> {
            Thread t = new Thread(r, "pubsub-delivery-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    ScheduledExecutorService executor() {
        return executor;
    }

    Duration keepalive() {
        return keepalive;
    }

    Duration subscribeDelay() {
        return subscribeDelay;
    }

    void subscribeDelay(Duration delay) {
        subscribeDelay = delay;
    }

    void opened(SubscriberStream subscription) {
        open.add(subscription);
    }

    void closed(SubscriberStream subscription) {
        open.remove(subscription);
    }

    int count(String orgId) {
        return (int) open.stream().filter(s -> orgId == null || s.orgId().equals(orgId)).count();
    }

    /** Ends the open streams (of one org, or all when {@code orgId} is null) with UNAVAILABLE; returns how many. */
    int drop(String orgId) {
        int dropped = 0;
        for (SubscriberStream s : Set.copyOf(open)) {
            if (orgId == null || s.orgId().equals(orgId)) {
                s.fail(PubSubError.SERVICE_UNAVAILABLE);
                dropped++;
            }
        }
        return dropped;
    }

    @Override
    public void close() {
        Set.copyOf(open).forEach(s -> s.fail(PubSubError.SERVICE_UNAVAILABLE));
        executor.shutdownNow();
    }
}
