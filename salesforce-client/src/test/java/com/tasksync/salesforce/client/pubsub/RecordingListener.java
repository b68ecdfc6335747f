package com.tasksync.salesforce.client.pubsub;

import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.salesforce.client.error.SalesforceApiException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** Keeps what a subscription delivered, and waits for it with a deadline. */
final class RecordingListener implements ChangeEventListener {

    static final Duration WAIT = Duration.ofSeconds(15);

    final List<ChangeEvent> events = new CopyOnWriteArrayList<>();
    final List<SalesforceApiException> reconnects = new CopyOnWriteArrayList<>();
    final LinkedBlockingQueue<ReplayId> keepalives = new LinkedBlockingQueue<>();
    final CompletableFuture<SalesforceApiException> failure = new CompletableFuture<>();
    private final Object arrived = new Object();

    @Override
    public void events(List<ChangeEvent> batch, ReplayId latest) {
        events.addAll(batch);
        synchronized (arrived) {
            arrived.notifyAll();
        }
    }

    @Override
    public void keepalive(ReplayId latest) {
        keepalives.add(latest);
    }

    @Override
    public void reconnecting(SalesforceApiException cause, int attempt) {
        reconnects.add(cause);
    }

    @Override
    public void failed(SalesforceApiException cause) {
        failure.complete(cause);
    }

    List<ChangeEvent> awaitEvents(int count) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        synchronized (arrived) {
            while (events.size() < count) {
                long left = deadline - System.nanoTime();
                assertThat(left).as("%d of %d events after %s", events.size(), count, WAIT).isPositive();
                TimeUnit.NANOSECONDS.timedWait(arrived, left);
            }
        }
        return new ArrayList<>(events);
    }

    ReplayId awaitKeepalive() throws InterruptedException {
        ReplayId latest = keepalives.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        assertThat(latest).as("a keepalive within %s", WAIT).isNotNull();
        return latest;
    }

    SalesforceApiException awaitFailure() throws Exception {
        return failure.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
    }
}
