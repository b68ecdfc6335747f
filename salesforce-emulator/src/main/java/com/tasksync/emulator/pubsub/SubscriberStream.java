package com.tasksync.emulator.pubsub;

import com.google.protobuf.ByteString;
import com.tasksync.emulator.cdc.EventBus;
import com.tasksync.emulator.cdc.OrgChangeFeed;
import com.tasksync.emulator.cdc.StoredEvent;
import com.tasksync.emulator.pubsub.api.ConsumerEvent;
import com.tasksync.emulator.pubsub.api.FetchRequest;
import com.tasksync.emulator.pubsub.api.FetchResponse;
import com.tasksync.emulator.pubsub.api.ProducerEvent;
import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One Subscribe stream. The first FetchRequest names the topic and where to start (LATEST, EARLIEST
 * or after a replay id); every request adds its {@code num_requested} (at most 100 each) to the
 * events the client is ready for. Events are sent as they are published, never more than requested;
 * when nothing has been sent for the keepalive interval, an empty response carries the latest replay
 * id. A response holds at most 100 events and about 3 MB. Each delivered event counts against the
 * org's daily delivery allocation.
 */
final class SubscriberStream implements StreamObserver<FetchRequest> {

    static final int MAX_REQUESTED = 100;
    /** One response stays well under gRPC's default 4 MB message limit of clients. */
    private static final int MAX_RESPONSE_EVENTS = 100;
    private static final int MAX_RESPONSE_BYTES = 3 * 1024 * 1024;

    private final ServerCallStreamObserver<FetchResponse> out;
    private final Subscriber subscriber;
    private final Streams streams;
    private final AtomicBoolean drainScheduled = new AtomicBoolean();
    private final Runnable wake = this::scheduleDrain;
    private EventChannel topic;
    private long position;
    private int pending;
    private boolean started;
    private boolean closed;
    private long lastSentNanos = System.nanoTime();
    private ScheduledFuture<?> keepaliveTask;
    /** Requests that came while the server had not yet taken the subscription (the admin's subscribe delay). */
    private List<FetchRequest> held;

    /** Who subscribes: the org's feed, whether the user has View All Data, and the call's rpc id. */
    record Subscriber(OrgChangeFeed feed, boolean viewAllData, String rpcId) {
    }

    SubscriberStream(ServerCallStreamObserver<FetchResponse> out, Subscriber subscriber, Streams streams) {
        this.out = out;
        this.subscriber = subscriber;
        this.streams = streams;
        out.setOnCancelHandler(this::release);
    }

    String orgId() {
        return subscriber.feed().org().id();
    }

    @Override
    public void onNext(FetchRequest request) {
        synchronized (this) {
            if (held != null) {
                held.add(request);
                return;
            }
            long delayMillis = streams.subscribeDelay().toMillis();
            if (!started && !closed && delayMillis > 0) {
                // the server takes the subscription late: a LATEST start begins where the stream is then
                held = new ArrayList<>(List.of(request));
                streams.executor().schedule(this::takeHeld, delayMillis, TimeUnit.MILLISECONDS);
                return;
            }
        }
        accept(request);
    }

    private synchronized void takeHeld() {
        List<FetchRequest> requests = held;
        held = null;
        requests.forEach(this::accept);
    }

    private void accept(FetchRequest request) {
        synchronized (this) {
            if (closed) {
                return;
            }
            if (!started) {
                PubSubError refused = start(request);
                if (refused != null) {
                    fail(refused);
                    return;
                }
            } else if (!request.getTopicName().isEmpty() && !request.getTopicName().equals(topic.name())) {
                fail(PubSubError.TOPIC_MISMATCH);
                return;
            }
            if (request.getNumRequested() <= 0) {
                fail(PubSubError.REQUESTED_EVENTS_INVALID);
                return;
            }
            pending += Math.min(request.getNumRequested(), MAX_REQUESTED);
        }
        scheduleDrain();
    }

    private PubSubError start(FetchRequest request) {
        OrgChangeFeed feed = subscriber.feed();
        if (request.getTopicName().isBlank()) {
            return PubSubError.TOPIC_EMPTY;
        }
        topic = EventChannel.resolve(request.getTopicName(), feed);
        if (topic == null) {
            return PubSubError.TOPIC_NOT_FOUND;
        }
        if (topic.entity() != null && EventChannel.needsViewAllData(topic.entity()) && !subscriber.viewAllData()) {
            return PubSubError.CANNOT_SUBSCRIBE;
        }
        if (request.getNumRequested() <= 0) {
            return PubSubError.REQUESTED_EVENTS_INVALID;
        }
        EventBus bus = feed.bus();
        bus.purge(feed.now());
        switch (request.getReplayPreset()) {
            case EARLIEST -> position = bus.earliestPosition();
            case CUSTOM -> {
                if (request.getReplayId().isEmpty()) {
                    return PubSubError.REPLAY_ID_MISSING;
                }
                long replayId = ReplayIds.decode(request.getReplayId());
                if (replayId < 0 || !bus.valid(replayId)) {
                    return PubSubError.REPLAY_ID_INVALID;
                }
                position = replayId;
            }
            default -> position = bus.tip();
        }
        if (!feed.canDeliver()) {
            return PubSubError.DELIVERY_LIMIT;
        }
        started = true;
        bus.onAppend(wake);
        streams.opened(this);
        long every = Math.max(10, streams.keepalive().toMillis() / 10);
        keepaliveTask = streams.executor().scheduleAtFixedRate(this::keepalive, every, every, TimeUnit.MILLISECONDS);
        return null;
    }

    private void scheduleDrain() {
        if (drainScheduled.compareAndSet(false, true)) {
            try {
                streams.executor().execute(this::drain);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                drainScheduled.set(false);
            }
        }
    }

    private synchronized void drain() {
        drainScheduled.set(false);
        while (!closed && started && pending > 0) {
            long delayNanos = subscriber.feed().deliveryDelay().toNanos();
            List<StoredEvent> batch = new ArrayList<>();
            long next = position;
            long waitNanos = 0;
            int bytes = 0;
            for (StoredEvent event : subscriber.feed().bus().from(position)) {
                if (batch.size() >= Math.min(pending, MAX_RESPONSE_EVENTS)
                        || !batch.isEmpty() && bytes + event.payload().length > MAX_RESPONSE_BYTES) {
                    break;
                }
                if (!deliverable(event)) {
                    next = event.replayId();
                    continue;
                }
                waitNanos = event.stamps().publishedNanos() + delayNanos - System.nanoTime();
                if (waitNanos > 0) {
                    break;
                }
                batch.add(event);
                bytes += event.payload().length;
                next = event.replayId();
            }
            if (batch.isEmpty()) {
                position = next;
                if (waitNanos > 0) {
                    streams.executor().schedule(this::scheduleDrain, waitNanos, TimeUnit.NANOSECONDS);
                }
                return;
            }
            send(batch);
        }
    }

    private void send(List<StoredEvent> batch) {
        int granted = subscriber.feed().deliver(batch.size());
        if (granted > 0) {
            List<StoredEvent> sent = batch.subList(0, granted);
            FetchResponse.Builder response = FetchResponse.newBuilder();
            for (StoredEvent event : sent) {
                response.addEvents(consumerEvent(event));
            }
            position = sent.get(sent.size() - 1).replayId();
            pending -= granted;
            respond(response);
        }
        if (granted < batch.size()) {
            fail(PubSubError.DELIVERY_LIMIT);
        }
    }

    private boolean deliverable(StoredEvent event) {
        return topic.carries(event.entity()) && (!EventChannel.needsViewAllData(event.entity()) || subscriber.viewAllData());
    }

    private static ConsumerEvent consumerEvent(StoredEvent event) {
        return ConsumerEvent.newBuilder()
                .setEvent(ProducerEvent.newBuilder()
                        .setId(event.eventId())
                        .setSchemaId(event.schemaId())
                        .setPayload(ByteString.copyFrom(event.payload())))
                .setReplayId(ReplayIds.encode(event.replayId()))
                .build();
    }

    private synchronized void keepalive() {
        if (closed || !started || System.nanoTime() - lastSentNanos < streams.keepalive().toNanos()) {
            return;
        }
        for (StoredEvent event : subscriber.feed().bus().from(position)) {
            if (deliverable(event)) {
                break;
            }
            position = event.replayId();
        }
        respond(FetchResponse.newBuilder());
    }

    private void respond(FetchResponse.Builder response) {
        out.onNext(response.setLatestReplayId(ReplayIds.encode(position))
                .setRpcId(subscriber.rpcId())
                .setPendingNumRequested(pending)
                .build());
        lastSentNanos = System.nanoTime();
    }

    /** Ends the stream with the error; the client sees its status and error-code trailer. */
    synchronized void fail(PubSubError error) {
        if (closed) {
            return;
        }
        release();
        try {
            out.onError(error.exception(subscriber.rpcId()));
        } catch (IllegalStateException alreadyClosed) {
            // the client went away at the same moment
        }
    }

    @Override
    public void onError(Throwable t) {
        release();
    }

    @Override
    public synchronized void onCompleted() {
        if (!closed) {
            release();
            out.onCompleted();
        }
    }

    private synchronized void release() {
        closed = true;
        subscriber.feed().bus().removeListener(wake);
        streams.closed(this);
        if (keepaliveTask != null) {
            keepaliveTask.cancel(false);
        }
    }
}
