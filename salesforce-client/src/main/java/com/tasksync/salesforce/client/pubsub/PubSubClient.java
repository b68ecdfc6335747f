package com.tasksync.salesforce.client.pubsub;

import com.tasksync.salesforce.client.RetryPolicy;
import com.tasksync.salesforce.client.auth.SalesforceConnection;
import com.tasksync.salesforce.client.error.SalesforceApiException;
import com.tasksync.salesforce.client.pubsub.api.PubSubGrpc;
import com.tasksync.salesforce.client.pubsub.api.SchemaRequest;
import com.tasksync.salesforce.client.pubsub.api.TopicInfo;
import com.tasksync.salesforce.client.pubsub.api.TopicRequest;
import io.grpc.ChannelCredentials;
import io.grpc.Grpc;
import io.grpc.ManagedChannel;
import io.grpc.StatusRuntimeException;
import io.grpc.TlsChannelCredentials;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.avro.Schema;

/**
 * A connection to the Pub/Sub API for one org, authenticated with a {@link SalesforceConnection}'s
 * session: topic and schema look-ups (schemas cached by id) and subscriptions. One TLS channel
 * carries every call; close the client to close it.
 */
public final class PubSubClient implements AutoCloseable {

    private final ManagedChannel channel;
    private final SalesforceConnection connection;
    private final PubSubGrpc.PubSubStub async;
    private final PubSubGrpc.PubSubBlockingStub blocking;
    private final RetryPolicy reconnect;
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    private PubSubClient(ManagedChannel channel, SalesforceConnection connection, String orgId, RetryPolicy reconnect) {
        this.channel = channel;
        this.connection = connection;
        this.reconnect = reconnect;
        SessionCredentials credentials = new SessionCredentials(connection, orgId);
        this.async = PubSubGrpc.newStub(channel).withCallCredentials(credentials);
        this.blocking = PubSubGrpc.newBlockingStub(channel).withCallCredentials(credentials);
    }

    /**
     * Opens the channel. {@code reconnect} bounds how often a broken subscription is reopened in a
     * row, and how long it waits between tries.
     */
    public static PubSubClient connect(PubSubEndpoint endpoint, SalesforceConnection connection, String orgId,
            RetryPolicy reconnect) {
        ManagedChannel channel = Grpc.newChannelBuilderForAddress(endpoint.host(), endpoint.port(), credentials(endpoint))
                .build();
        return new PubSubClient(channel, connection, orgId, reconnect);
    }

    private static ChannelCredentials credentials(PubSubEndpoint endpoint) {
        TlsChannelCredentials.Builder tls = TlsChannelCredentials.newBuilder();
        if (endpoint.trustedCertificatePem() != null) {
            try {
                tls.trustManager(new ByteArrayInputStream(endpoint.trustedCertificatePem().getBytes(StandardCharsets.US_ASCII)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the trusted certificate", e);
            }
        }
        return tls.build();
    }

    public Topic topic(String topicName) {
        TopicInfo info = call(() -> blocking.getTopic(TopicRequest.newBuilder().setTopicName(topicName).build()));
        return new Topic(info.getTopicName(), info.getSchemaId(), info.getCanSubscribe(), info.getCanPublish());
    }

    /** The Avro schema of that id, fetched once and cached. */
    public Schema schema(String schemaId) {
        return schemas.computeIfAbsent(schemaId, id -> new Schema.Parser().parse(
                call(() -> blocking.getSchema(SchemaRequest.newBuilder().setSchemaId(id).build())).getSchemaJson()));
    }

    /**
     * Subscribes to a topic from {@code from}. Nothing is delivered until {@link Subscription#request}
     * asks for events; a broken stream is reopened after the last replay id received.
     */
    public Subscription subscribe(String topicName, ReplayFrom from, ChangeEventListener listener) {
        return new Subscription(new Subscription.Target(this, topicName, from), listener, reconnect);
    }

    PubSubGrpc.PubSubStub async() {
        return async;
    }

    SalesforceConnection connection() {
        return connection;
    }

    /** Runs a unary call; a refused session is renewed once and the call repeated. */
    private <T> T call(Supplier<T> rpc) {
        String token = connection.tokens().accessToken();
        try {
            return rpc.get();
        } catch (StatusRuntimeException e) {
            SalesforceApiException failure = PubSubErrors.from(e);
            if (!PubSubErrors.sessionRefused(failure)) {
                throw failure;
            }
            connection.renewAfterRejected(token);
            try {
                return rpc.get();
            } catch (StatusRuntimeException again) {
                throw PubSubErrors.from(again);
            }
        }
    }

    @Override
    public void close() {
        channel.shutdownNow();
        try {
            channel.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
