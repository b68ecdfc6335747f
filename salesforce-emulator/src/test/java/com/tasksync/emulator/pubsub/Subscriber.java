package com.tasksync.emulator.pubsub;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.ByteString;
import com.tasksync.emulator.pubsub.api.ConsumerEvent;
import com.tasksync.emulator.pubsub.api.FetchRequest;
import com.tasksync.emulator.pubsub.api.FetchResponse;
import com.tasksync.emulator.pubsub.api.PubSubGrpc;
import com.tasksync.emulator.pubsub.api.ReplayPreset;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** One Subscribe stream seen from a test: the responses as they arrive, and how the stream ended. */
final class Subscriber {

    static final Duration WAIT = Duration.ofSeconds(10);

    private final PubSubGrpc.PubSubStub stub;
    private final LinkedBlockingQueue<FetchResponse> responses = new LinkedBlockingQueue<>();
    private final CompletableFuture<Status> ended = new CompletableFuture<>();
    private final CompletableFuture<Metadata> trailers = new CompletableFuture<>();
    private StreamObserver<FetchRequest> requests;
    private String topic;

    Subscriber(PubSubGrpc.PubSubStub stub) {
        this.stub = stub;
    }

    Subscriber start(String topicName, ReplayPreset preset, ByteString replayId, int numRequested) {
        topic = topicName;
        requests = stub.subscribe(new StreamObserver<>() {
            @Override
            public void onNext(FetchResponse value) {
                responses.add(value);
            }

            @Override
            public void onError(Throwable t) {
                StatusRuntimeException e = (StatusRuntimeException) t;
                trailers.complete(e.getTrailers() == null ? new Metadata() : e.getTrailers());
                ended.complete(e.getStatus());
            }

            @Override
            public void onCompleted() {
                ended.complete(Status.OK);
            }
        });
        FetchRequest.Builder first = FetchRequest.newBuilder().setTopicName(topicName).setReplayPreset(preset)
                .setNumRequested(numRequested);
        if (replayId != null) {
            first.setReplayId(replayId);
        }
        requests.onNext(first.build());
        return this;
    }

    Subscriber latest(String topicName, int numRequested) {
        return start(topicName, ReplayPreset.LATEST, null, numRequested);
    }

    void request(int more) {
        requests.onNext(FetchRequest.newBuilder().setTopicName(topic).setNumRequested(more).build());
    }

    void send(FetchRequest request) {
        requests.onNext(request);
    }

    /** Waits for responses until {@code count} events have arrived; fails after {@link #WAIT}. */
    List<ConsumerEvent> events(int count) throws InterruptedException {
        List<ConsumerEvent> out = new ArrayList<>();
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (out.size() < count) {
            FetchResponse response = responses.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            assertThat(response).as("%d of %d events after %s", out.size(), count, WAIT).isNotNull();
            out.addAll(response.getEventsList());
        }
        assertThat(out).hasSize(count);
        return out;
    }

    /** The next response that carries no event: a keepalive. */
    FetchResponse keepalive() throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            FetchResponse response = responses.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            assertThat(response).as("a keepalive within %s", WAIT).isNotNull();
            if (response.getEventsCount() == 0) {
                return response;
            }
        }
    }

    /** Waits for the stream to end with an error; returns its status. */
    Status error() throws Exception {
        return ended.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
    }

    String errorCode() throws Exception {
        return trailers.get(WAIT.toMillis(), TimeUnit.MILLISECONDS)
                .get(Metadata.Key.of("error-code", Metadata.ASCII_STRING_MARSHALLER));
    }

    boolean ended() {
        return ended.isDone();
    }

    void cancel() {
        requests.onCompleted();
    }
}
