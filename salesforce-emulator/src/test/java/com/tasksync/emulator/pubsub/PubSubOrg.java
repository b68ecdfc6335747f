package com.tasksync.emulator.pubsub;

import com.tasksync.emulator.Emulator;
import com.tasksync.emulator.http.Json;
import com.tasksync.emulator.org.Org;
import com.tasksync.emulator.org.OrgSettings;
import com.tasksync.emulator.org.User;
import com.tasksync.emulator.pubsub.api.PubSubGrpc;
import com.tasksync.emulator.pubsub.api.SchemaRequest;
import io.grpc.Grpc;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.TlsChannelCredentials;
import io.grpc.stub.MetadataUtils;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.DecoderFactory;
import tools.jackson.databind.JsonNode;

/**
 * A running emulator (keepalive every 300 ms) with one org whose Task is selected for Change Data
 * Capture, a user with View All Data and a session; REST calls as a Salesforce client makes them,
 * and a gRPC channel over TLS that trusts the emulator's certificate and authenticates with the session.
 */
final class PubSubOrg implements AutoCloseable {

    static final Duration KEEPALIVE = Duration.ofMillis(300);

    final Emulator emulator;
    final Org org;
    final User user;
    String token;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ManagedChannel channel;

    PubSubOrg() {
        emulator = Emulator.builder().pubSubKeepalive(KEEPALIVE).start();
        org = emulator.admin().createOrg("Acme", OrgSettings.defaults());
        user = emulator.directory().createUser(org, "cdc" + System.nanoTime() + "@acme.example", "secret", null,
                "Cora", "Capture", null);
        emulator.viewAllData().grant(user, true);
        emulator.changeDataCapture().updateSettings(org, s -> s.withSelectedEntities(Set.of("Task")));
        token = emulator.directory().openSession(user, null).accessToken();
        channel = channel(emulator);
    }

    /** Moves the emulator's clock and opens a new session, since the old one timed out meanwhile. */
    void advanceClock(Duration by) {
        emulator.clock().advance(by);
        token = emulator.directory().openSession(user, null).accessToken();
    }

    static ManagedChannel channel(Emulator emulator) {
        try {
            TlsChannelCredentials.Builder tls = TlsChannelCredentials.newBuilder()
                    .trustManager(new ByteArrayInputStream(emulator.pubSub().certificate().pem().getBytes(StandardCharsets.US_ASCII)));
            return Grpc.newChannelBuilderForAddress("127.0.0.1", emulator.pubSub().port(), tls.build()).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    PubSubGrpc.PubSubStub stub() {
        return stub(token, org.id());
    }

    PubSubGrpc.PubSubStub stub(String accessToken, String tenantId) {
        return PubSubGrpc.newStub(channel).withInterceptors(MetadataUtils.newAttachHeadersInterceptor(
                metadata(accessToken, emulator.baseUrl(), tenantId)));
    }

    PubSubGrpc.PubSubBlockingStub blocking() {
        return PubSubGrpc.newBlockingStub(channel).withInterceptors(MetadataUtils.newAttachHeadersInterceptor(
                metadata(token, emulator.baseUrl(), org.id())));
    }

    static Metadata metadata(String accessToken, String instanceUrl, String tenantId) {
        Metadata metadata = new Metadata();
        put(metadata, "accesstoken", accessToken);
        put(metadata, "instanceurl", instanceUrl);
        put(metadata, "tenantid", tenantId);
        return metadata;
    }

    private static void put(Metadata metadata, String key, String value) {
        if (value != null) {
            metadata.put(Metadata.Key.of(key, Metadata.ASCII_STRING_MARSHALLER), value);
        }
    }

    Subscriber subscribe() {
        return new Subscriber(stub());
    }

    /** A LATEST subscription, once the emulator has set it up: changes made after this return reach it. */
    Subscriber subscribeLatest(String topic, int numRequested) throws InterruptedException {
        int before = emulator.pubSub().openStreams(org.id());
        Subscriber subscriber = subscribe().latest(topic, numRequested);
        awaitOpenStreams(before + 1);
        return subscriber;
    }

    void awaitOpenStreams(int count) throws InterruptedException {
        long deadline = System.nanoTime() + Subscriber.WAIT.toNanos();
        while (emulator.pubSub().openStreams(org.id()) < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no " + count + " open streams within " + Subscriber.WAIT);
            }
            java.util.concurrent.locks.LockSupport.parkNanos(1_000_000);
        }
    }

    /** Decodes an event payload with the schema GetSchema returns for its id. */
    GenericRecord decode(com.tasksync.emulator.pubsub.api.ConsumerEvent event) {
        String json = blocking().getSchema(SchemaRequest.newBuilder().setSchemaId(event.getEvent().getSchemaId()).build())
                .getSchemaJson();
        Schema schema = new Schema.Parser().parse(json);
        try {
            return new GenericDatumReader<GenericRecord>(schema)
                    .read(null, DecoderFactory.get().binaryDecoder(event.getEvent().getPayload().toByteArray(), null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String createTask(String subject, String... headers) {
        return rest("POST", "/sobjects/Task", Json.object().put("Subject", subject).put("Description", "first"), headers)
                .get("id").asString();
    }

    JsonNode rest(String method, String path, JsonNode body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(emulator.baseUrl() + "/services/data/v66.0" + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body.toString()));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new AssertionError(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body().isEmpty() ? Json.object() : Json.MAPPER.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
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
        emulator.close();
    }
}
