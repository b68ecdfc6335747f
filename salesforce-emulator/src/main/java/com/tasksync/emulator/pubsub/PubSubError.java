package com.tasksync.emulator.pubsub;

import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;

/**
 * The errors the Pub/Sub API answers with: a gRPC status whose description ends with
 * {@code rpcId: <id>}, and the trailers {@code error-code} (Salesforce's
 * {@code sfdc.platform.eventbus.grpc.*} code) and {@code rpc-id}.
 */
enum PubSubError {
    AUTH_HEADERS_INVALID(Status.Code.UNAUTHENTICATED, "service.auth.headers.invalid",
            "The auth header value is invalid or blank. Provide accesstoken, instanceurl and tenantid."),
    AUTH(Status.Code.UNAUTHENTICATED, "service.auth.error",
            "An authentication exception occurred. Provide valid authentication via metadata headers."),
    SERVICE_UNAVAILABLE(Status.Code.UNAVAILABLE, "service.unavailable", "The Pub/Sub API service is unavailable."),
    TOPIC_EMPTY(Status.Code.INVALID_ARGUMENT, "topic.validation.empty", "The topic name is blank."),
    TOPIC_NOT_FOUND(Status.Code.NOT_FOUND, "topic.not.found", "The topic does not exist."),
    SCHEMA_EMPTY(Status.Code.INVALID_ARGUMENT, "schema.validation.failed", "The schema ID is blank."),
    SCHEMA_UNKNOWN(Status.Code.NOT_FOUND, "schema.meta.permission", "An error occurred while accessing the schema."),
    CANNOT_SUBSCRIBE(Status.Code.PERMISSION_DENIED, "subscription.topic.cannot.subscribe",
            "You don't have sufficient permissions to subscribe to the topic."),
    REQUESTED_EVENTS_INVALID(Status.Code.INVALID_ARGUMENT, "subscription.fetch.requested.events.invalid",
            "The number of requested events must be greater than zero."),
    TOPIC_MISMATCH(Status.Code.INVALID_ARGUMENT, "subscription.fetch.topic.mismatch",
            "The topic name doesn't match the topic of the first fetch request."),
    REPLAY_ID_MISSING(Status.Code.INVALID_ARGUMENT, "subscription.fetch.replayid.validation.failed",
            "The replay preset is CUSTOM but no replay ID was provided."),
    REPLAY_ID_INVALID(Status.Code.INVALID_ARGUMENT, "subscription.fetch.replayid.corrupted",
            "The Replay ID validation failed."),
    DELIVERY_LIMIT(Status.Code.RESOURCE_EXHAUSTED, "subscription.limit.exceeded",
            "You have exceeded the event delivery limit for your org.");

    static final Metadata.Key<String> ERROR_CODE = Metadata.Key.of("error-code", Metadata.ASCII_STRING_MARSHALLER);
    static final Metadata.Key<String> RPC_ID = Metadata.Key.of("rpc-id", Metadata.ASCII_STRING_MARSHALLER);
    private static final String PREFIX = "sfdc.platform.eventbus.grpc.";

    private final Status.Code status;
    private final String code;
    private final String message;

    PubSubError(Status.Code status, String code, String message) {
        this.status = status;
        this.code = code;
        this.message = message;
    }

    String errorCode() {
        return PREFIX + code;
    }

    StatusRuntimeException exception(String rpcId) {
        Metadata trailers = new Metadata();
        trailers.put(ERROR_CODE, errorCode());
        trailers.put(RPC_ID, rpcId);
        return Status.fromCode(status).withDescription(message + " rpcId: " + rpcId).asRuntimeException(trailers);
    }
}
