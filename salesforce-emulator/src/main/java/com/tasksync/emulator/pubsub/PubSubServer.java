package com.tasksync.emulator.pubsub;

import com.tasksync.emulator.cdc.ChangeDataCapture;
import com.tasksync.emulator.org.Directory;
import io.grpc.Server;
import io.grpc.ServerInterceptors;
import io.grpc.netty.shaded.io.grpc.netty.GrpcSslContexts;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.netty.shaded.io.netty.handler.ssl.SslContext;
import io.grpc.netty.shaded.io.netty.handler.ssl.SslContextBuilder;
import io.grpc.netty.shaded.io.netty.handler.ssl.SslProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;

/**
 * The Pub/Sub API server: gRPC over HTTP/2 with TLS, on a port of its own, with a self-signed
 * certificate made at start. Closing it ends every open stream with UNAVAILABLE.
 */
public final class PubSubServer implements AutoCloseable {

    private final Server server;
    private final Streams streams;
    private final SelfSignedCertificate certificate;
    private final String host;

    private PubSubServer(Server server, Streams streams, SelfSignedCertificate certificate, String host) {
        this.server = server;
        this.streams = streams;
        this.certificate = certificate;
        this.host = host;
    }

    /** Where and how the server listens: host, port (0 = a free one) and the keepalive interval of idle streams. */
    public record Config(String host, int port, Duration keepalive) {
    }

    public static PubSubServer start(Config config, Directory directory, ChangeDataCapture cdc, ViewAllData viewAllData) {
        SelfSignedCertificate certificate = SelfSignedCertificate.generate(config.host());
        Streams streams = new Streams(config.keepalive());
        PubSubService service = new PubSubService(cdc, viewAllData, streams);
        try {
            Server server = NettyServerBuilder.forAddress(new InetSocketAddress(config.host(), config.port()))
                    .sslContext(sslContext(certificate))
                    .addService(ServerInterceptors.intercept(service, new PubSubAuth(directory)))
                    .build()
                    .start();
            return new PubSubServer(server, streams, certificate, config.host());
        } catch (IOException e) {
            streams.close();
            throw new UncheckedIOException("cannot start the Pub/Sub API on " + config.host() + ":" + config.port(), e);
        }
    }

    /** TLS by the JDK's own provider: nothing native to load, the same on every JDK. */
    private static SslContext sslContext(SelfSignedCertificate certificate) throws IOException {
        return GrpcSslContexts.configure(SslContextBuilder.forServer(keyManagerFactory(certificate)), SslProvider.JDK)
                .build();
    }

    private static KeyManagerFactory keyManagerFactory(SelfSignedCertificate certificate) {
        try {
            char[] password = "pubsub".toCharArray();
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("pubsub", certificate.keys().getPrivate(), password,
                    new Certificate[] {certificate.certificate()});
            KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            factory.init(store, password);
            return factory;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot load the Pub/Sub API's key", e);
        }
    }

    public int port() {
        return server.getPort();
    }

    /** {@code host:port}, as Pub/Sub clients take their endpoint. */
    public String endpoint() {
        return host + ":" + port();
    }

    public SelfSignedCertificate certificate() {
        return certificate;
    }

    public Duration keepalive() {
        return streams.keepalive();
    }

    /** How long the server waits before it takes a new subscription (zero unless the admin API set it). */
    public Duration subscribeDelay() {
        return streams.subscribeDelay();
    }

    /** Has every new Subscribe stream taken this long after its first request (zero: at once). */
    public void subscribeDelay(Duration delay) {
        streams.subscribeDelay(delay);
    }

    /** Open Subscribe streams, of one org or of all when {@code orgId} is null. */
    public int openStreams(String orgId) {
        return streams.count(orgId);
    }

    /** Ends open Subscribe streams (of one org, or all when {@code orgId} is null) with UNAVAILABLE; returns how many. */
    public int dropStreams(String orgId) {
        return streams.drop(orgId);
    }

    @Override
    public void close() {
        streams.close();
        server.shutdown();
        try {
            if (!server.awaitTermination(2, TimeUnit.SECONDS)) {
                server.shutdownNow();
            }
        } catch (InterruptedException e) {
            server.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
