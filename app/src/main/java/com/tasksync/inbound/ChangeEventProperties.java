package com.tasksync.inbound;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the engine reads orgs that have a checked integration user, under {@code tasksync.sync.change-events}.
 *
 * @param enabled whether to subscribe to Task change events at all (off: such orgs are polled for all reps at once)
 * @param endpoint the Pub/Sub API's {@code host:port}
 * @param trustedCertificate a PEM certificate to trust for the Pub/Sub API instead of the JVM's authorities
 *     (an emulator's self-signed one); empty for Salesforce
 * @param safetyPollInterval how often the org is polled while its stream runs, to catch what the stream missed
 * @param lease how long a node holds an org's stream without renewing it; another node takes it after that
 * @param recheck how often the engine confirms again that the integration user still has View All Data
 *     (one query; a lost permission then runs the whole check)
 * @param settle how long a stream started from new events gives its subscription to reach the server (which
 *     does not acknowledge it) before it counts as live and one poll reads what changed before it
 */
@ConfigurationProperties("tasksync.sync.change-events")
public record ChangeEventProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("api.pubsub.salesforce.com:7443") String endpoint,
        @DefaultValue("") String trustedCertificate,
        @DefaultValue("5m") Duration safetyPollInterval,
        @DefaultValue("20s") Duration lease,
        @DefaultValue("30m") Duration recheck,
        @DefaultValue("2s") Duration settle) {

    public ChangeEventProperties {
        if (lease.compareTo(Duration.ofSeconds(3)) < 0) {
            throw new IllegalArgumentException("tasksync.sync.change-events.lease must be at least 3s");
        }
        if (settle.isNegative() || settle.compareTo(lease) >= 0) {
            throw new IllegalArgumentException("tasksync.sync.change-events.settle must be at least 0s and less than the lease");
        }
        if (safetyPollInterval.compareTo(Duration.ofSeconds(5)) < 0) {
            throw new IllegalArgumentException("tasksync.sync.change-events.safety-poll-interval must be at least 5s");
        }
    }

    /** How often the holder renews its lease and the other nodes look for a lapsed one. */
    public Duration renewEvery() {
        return lease.dividedBy(4);
    }
}
