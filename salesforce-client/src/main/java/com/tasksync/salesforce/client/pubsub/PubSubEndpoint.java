package com.tasksync.salesforce.client.pubsub;

import java.util.Objects;

/**
 * Where the Pub/Sub API listens ({@code api.pubsub.salesforce.com:7443}) and which certificate to
 * trust: the JVM's trusted authorities, or one given certificate (PEM) such as an emulator's
 * self-signed one.
 */
public record PubSubEndpoint(String host, int port, String trustedCertificatePem) {

    public static final PubSubEndpoint SALESFORCE = new PubSubEndpoint("api.pubsub.salesforce.com", 7443, null);

    public PubSubEndpoint {
        Objects.requireNonNull(host, "host");
        if (port <= 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 1..65535, was " + port);
        }
    }

    /** An endpoint given as {@code host:port}. */
    public static PubSubEndpoint parse(String hostAndPort) {
        int colon = hostAndPort.lastIndexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("expected host:port, was " + hostAndPort);
        }
        return new PubSubEndpoint(hostAndPort.substring(0, colon), Integer.parseInt(hostAndPort.substring(colon + 1)), null);
    }

    public PubSubEndpoint trusting(String certificatePem) {
        return new PubSubEndpoint(host, port, certificatePem);
    }

    @Override
    public String toString() {
        return host + ":" + port;
    }
}
