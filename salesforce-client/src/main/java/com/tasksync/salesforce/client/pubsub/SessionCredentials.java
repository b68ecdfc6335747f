package com.tasksync.salesforce.client.pubsub;

import com.tasksync.salesforce.client.auth.ConnectionTokens;
import com.tasksync.salesforce.client.auth.SalesforceConnection;
import io.grpc.CallCredentials;
import io.grpc.Metadata;
import io.grpc.Status;
import java.util.concurrent.Executor;

/**
 * Puts the connection's current session on every call as the Pub/Sub API wants it: the
 * {@code accesstoken}, {@code instanceurl} and {@code tenantid} (org id) metadata.
 */
final class SessionCredentials extends CallCredentials {

    private static final Metadata.Key<String> ACCESS_TOKEN = key("accesstoken");
    private static final Metadata.Key<String> INSTANCE_URL = key("instanceurl");
    private static final Metadata.Key<String> TENANT_ID = key("tenantid");

    private final SalesforceConnection connection;
    private final String orgId;

    SessionCredentials(SalesforceConnection connection, String orgId) {
        this.connection = connection;
        this.orgId = orgId;
    }

    private static Metadata.Key<String> key(String name) {
        return Metadata.Key.of(name, Metadata.ASCII_STRING_MARSHALLER);
    }

    @Override
    public void applyRequestMetadata(RequestInfo requestInfo, Executor executor, MetadataApplier applier) {
        try {
            ConnectionTokens tokens = connection.tokens();
            Metadata metadata = new Metadata();
            metadata.put(ACCESS_TOKEN, tokens.accessToken());
            metadata.put(INSTANCE_URL, tokens.instanceUrl().toString());
            metadata.put(TENANT_ID, orgId);
            applier.apply(metadata);
        } catch (RuntimeException e) {
            applier.fail(Status.UNAUTHENTICATED.withDescription("no usable session: " + e.getMessage()).withCause(e));
        }
    }
}
