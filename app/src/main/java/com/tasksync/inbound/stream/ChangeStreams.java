package com.tasksync.inbound.stream;

import com.tasksync.connection.IntegrationClients;
import com.tasksync.connection.OrgIntegrations;
import com.tasksync.connection.SalesforceAccessProperties;
import com.tasksync.inbound.ChangeEventProperties;
import com.tasksync.inbound.ChangeStreamTable;
import com.tasksync.inbound.InboundPolling;
import com.tasksync.inbound.ReadingPlan;
import com.tasksync.inbound.poll.InboundPoller;
import com.tasksync.salesforce.client.pubsub.PubSubEndpoint;
import com.tasksync.sync.SyncAccounts;
import com.tasksync.sync.SyncProblems;
import com.tasksync.system.NodeName;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import jakarta.annotation.PreDestroy;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Keeps one change stream per org that wants one ({@link ReadingPlan#wantsStream}) across all nodes.
 * Every few seconds each node renews the leases of the streams it runs — stopping a stream whose
 * lease another node took, or whose org no longer wants one — and takes the lease of any wanted
 * stream nobody holds or whose holder stopped renewing (a node that died): with the default 20 s
 * lease, another node resumes a dead node's stream within 25 s, from its stored replay id. The Pub/Sub
 * endpoint is a {@link PubSubEndpoint} bean when there is one (the demo's emulator), else the properties'.
 */
@Component
public class ChangeStreams {

    private static final Logger log = LoggerFactory.getLogger(ChangeStreams.class);

    private final ChangeEventProperties properties;
    private final ChangeStreamTable table;
    private final SyncAccounts accounts;
    private final ReadingPlan plan;
    private final String holder;
    private final OrgStream.Parts parts;
    private final Map<String, OrgStream> running = new ConcurrentHashMap<>();
    private final StreamMetrics metrics;

    ChangeStreams(ChangeEventProperties properties, ChangeStreamTable table,
            SyncAccounts accounts, ReadingPlan plan, NodeName node, IntegrationClients clients,
            OrgIntegrations integrations, InboundPoller poller, InboundPolling polling,
            SalesforceAccessProperties access, ObjectProvider<PubSubEndpoint> endpoint, SyncProblems problems,
            StreamMetrics metrics) {
        this.metrics = metrics;
        this.properties = properties;
        this.table = table;
        this.accounts = accounts;
        this.plan = plan;
        this.holder = node.value();
        this.parts = new OrgStream.Parts(clients, integrations, table, accounts, poller, polling,
                () -> endpoint.getIfAvailable(() -> endpoint(properties)), access.clientName(), problems,
                properties.settle());
    }

    /** One round: renew or stop the streams this node runs, start those it can take. Returns 0 (idle until next round). */
    public int step() {
        var wanted = new HashSet<String>();
        if (properties.enabled()) {
            accounts.orgsWithLiveUsers().stream().filter(plan::wantsStream).forEach(wanted::add);
        }
        for (var entry : Map.copyOf(running).entrySet()) {
            var orgId = entry.getKey();
            if (!wanted.contains(orgId)) {
                stop(orgId, "stopped", "The org no longer has a checked integration user with change events, or nobody"
                        + " in it syncs.");
            } else if (entry.getValue().closed() || !table.renew(orgId, holder, properties.lease())) {
                log.info("Change stream of org {} ends on this node", orgId);
                running.remove(orgId).close();
            }
        }
        for (var orgId : wanted) {
            if (!running.containsKey(orgId) && table.take(orgId, holder, properties.lease())) {
                log.info("This node takes the change stream of org {}", orgId);
                var stream = new OrgStream(orgId, holder, parts);
                running.put(orgId, stream);
                stream.start();
            }
        }
        metrics.refresh();
        return 0;
    }

    /** The orgs whose streams run on this node. */
    public java.util.Set<String> runningHere() {
        return Set.copyOf(running.keySet());
    }

    /** Closes this node's streams and gives up their leases, so another node takes them at once. */
    @PreDestroy
    public void stopAll() {
        for (var orgId : Set.copyOf(running.keySet())) {
            stop(orgId, "stopped", "The node holding it shut down.");
        }
    }

    private void stop(String orgId, String state, String detail) {
        var stream = running.remove(orgId);
        if (stream != null) {
            stream.close();
        }
        table.release(orgId, holder, state, detail);
    }

    private static PubSubEndpoint endpoint(ChangeEventProperties properties) {
        var endpoint = PubSubEndpoint.parse(properties.endpoint());
        var certificate = properties.trustedCertificate();
        if (certificate == null || certificate.isBlank()) {
            return endpoint;
        }
        if (certificate.strip().startsWith("-----BEGIN")) {
            return endpoint.trusting(certificate);
        }
        try {
            return endpoint.trusting(Files.readString(Path.of(certificate.strip())));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read tasksync.sync.change-events.trusted-certificate " + certificate, e);
        }
    }
}
