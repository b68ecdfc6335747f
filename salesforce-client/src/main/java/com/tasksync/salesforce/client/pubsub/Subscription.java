package com.tasksync.salesforce.client.pubsub;

import com.google.protobuf.ByteString;
import com.tasksync.salesforce.client.RetryPolicy;
import com.tasksync.salesforce.client.error.ReconnectRequiredException;
import com.tasksync.salesforce.client.error.Retryability;
import com.tasksync.salesforce.client.error.SalesforceApiException;
import com.tasksync.salesforce.client.error.SalesforceError;
import com.tasksync.salesforce.client.pubsub.api.ConsumerEvent;
import com.tasksync.salesforce.client.pubsub.api.FetchRequest;
import com.tasksync.salesforce.client.pubsub.api.FetchResponse;
import com.tasksync.salesforce.client.pubsub.api.ReplayPreset;
import io.grpc.stub.ClientCallStreamObserver;
import io.grpc.stub.StreamObserver;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A subscription to one topic that survives broken streams. It asks for events only as the caller
 * requests them ({@link #request}); each response is decoded and handed to the listener in order,
 * on the subscription's own thread. When a stream fails with a transient error it is reopened after
 * a backoff, from the last replay id received (events or keepalive), asking again for what is still
 * outstanding; a refused session is renewed once. Anything else ends the subscription through
 * {@link ChangeEventListener#failed}.
 */
public final class Subscription implements AutoCloseable {

    private static final int MAX_PER_REQUEST = 100;

    private final Target target;
    private final ChangeEventListener listener;
    private final RetryPolicy reconnect;
    private final ScheduledExecutorService thread;
    private final Random random = new Random();
    private ClientCallStreamObserver<FetchRequest> requests;
    private int generation;
    private int outstanding;
    private int failures;
    private String streamToken;
    private volatile ReplayId latest;
    private volatile boolean closed;

    /** What is subscribed to: through which client, which topic, from where. */
    record Target(PubSubClient client, String topic, ReplayFrom from) {
    }

    Subscription(Target target, ChangeEventListener listener, RetryPolicy reconnect) {
        this.target = target;
        this.listener = listener;
        this.reconnect = reconnect;
        this.thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "pubsub-" + target.topic());
            t.setDaemon(true);
            return t;
        });
    }

    /** Asks for {@code count} more events; they arrive as they are published. */
    public void request(int count) {
        if (count <= 0) {
            throw new IllegalArgumentException("request at least one event, not " + count);
        }
        run(() -> {
            outstanding += count;
            if (requests == null) {
                open();
            } else {
                ask(count, null);
            }
        });
    }

    /** The replay id to resume after: the last event's, or a keepalive's; null before either arrived. */
    public ReplayId latestReplayId() {
        return latest;
    }

    public boolean closed() {
        return closed;
    }

    @Override
    public void close() {
        closed = true;
        run(this::cancelStream);
        thread.shutdown();
    }

    private void run(Runnable work) {
        try {
            thread.execute(work);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // closed
        }
    }

    private void open() {
        if (closed || outstanding == 0) {
            return;
        }
        int stream = ++generation;
        try {
            streamToken = target.client().connection().tokens().accessToken();
        } catch (ReconnectRequiredException e) {
            fail(e);
            return;
        }
        requests = (ClientCallStreamObserver<FetchRequest>) target.client().async().subscribe(new StreamObserver<>() {
            @Override
            public void onNext(FetchResponse response) {
                run(() -> received(stream, response));
            }

            @Override
            public void onError(Throwable t) {
                run(() -> broken(stream, PubSubErrors.from(t)));
            }

            @Override
            public void onCompleted() {
                run(() -> broken(stream, ended()));
            }
        });
        FetchRequest.Builder first = FetchRequest.newBuilder().setTopicName(target.topic());
        ReplayFrom from = latest == null ? target.from() : ReplayFrom.after(latest);
        if (from instanceof ReplayFrom.After after) {
            first.setReplayPreset(ReplayPreset.CUSTOM).setReplayId(ByteString.copyFrom(after.replayId().bytes()));
        } else if (from instanceof ReplayFrom.Earliest) {
            first.setReplayPreset(ReplayPreset.EARLIEST);
        } else {
            first.setReplayPreset(ReplayPreset.LATEST);
        }
        ask(outstanding, first);
    }

    private void ask(int count, FetchRequest.Builder first) {
        int left = count;
        FetchRequest.Builder next = first;
        while (left > 0) {
            int now = Math.min(left, MAX_PER_REQUEST);
            FetchRequest.Builder request = next == null ? FetchRequest.newBuilder().setTopicName(target.topic()) : next;
            requests.onNext(request.setNumRequested(now).build());
            left -= now;
            next = null;
        }
    }

    private void received(int stream, FetchResponse response) {
        if (stream != generation || closed) {
            return;
        }
        failures = 0;
        if (!response.getLatestReplayId().isEmpty()) {
            latest = ReplayId.of(response.getLatestReplayId().toByteArray());
        }
        if (response.getEventsCount() == 0) {
            listener.keepalive(latest);
            return;
        }
        List<ChangeEvent> events = new ArrayList<>(response.getEventsCount());
        try {
            for (ConsumerEvent event : response.getEventsList()) {
                events.add(ChangeEventDecoder.decode(target.client().schema(event.getEvent().getSchemaId()),
                        event.getEvent().getPayload().toByteArray(), ReplayId.of(event.getReplayId().toByteArray()),
                        event.getEvent().getId()));
            }
        } catch (SalesforceApiException e) {
            broken(stream, e);
            return;
        } catch (RuntimeException e) {
            fail(new SalesforceApiException(new SalesforceError(0, "EVENT_NOT_DECODABLE", String.valueOf(e.getMessage()),
                    List.of()), Retryability.PERMANENT, null, e));
            return;
        }
        outstanding = Math.max(0, outstanding - events.size());
        latest = events.get(events.size() - 1).replayId();
        listener.events(events, latest);
    }

    private void broken(int stream, SalesforceApiException cause) {
        if (stream != generation || closed) {
            return;
        }
        requests = null;
        if (PubSubErrors.sessionRefused(cause) && failures == 0) {
            failures++;
            try {
                target.client().connection().renewAfterRejected(streamToken);
            } catch (ReconnectRequiredException e) {
                fail(e);
                return;
            }
            listener.reconnecting(cause, failures);
            open();
            return;
        }
        if (cause.retryability() != Retryability.TRANSIENT || failures + 1 >= reconnect.maxAttempts()) {
            fail(cause);
            return;
        }
        failures++;
        listener.reconnecting(cause, failures);
        thread.schedule(this::open, reconnect.backoff(failures, random).toMillis(), TimeUnit.MILLISECONDS);
    }

    private void fail(SalesforceApiException cause) {
        closed = true;
        cancelStream();
        listener.failed(cause);
        thread.shutdown();
    }

    private void cancelStream() {
        if (requests != null) {
            requests.cancel("subscription closed", null);
            requests = null;
        }
        generation++;
    }

    private static SalesforceApiException ended() {
        return new SalesforceApiException(new SalesforceError(0, "UNAVAILABLE", "the server ended the stream", List.of()),
                Retryability.TRANSIENT, null, null);
    }
}
