package com.tasksync.salesforce.client.error;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/** The one place that turns a Salesforce failure into a {@link SalesforceApiException} and decides its retryability. */
public final class ErrorClassifier {

    private static final Set<String> TRANSIENT_CODES = Set.of("UNABLE_TO_LOCK_ROW", "SERVER_UNAVAILABLE",
            "ALL_OR_NONE_OPERATION_ROLLED_BACK", "PROCESSING_HALTED");
    private static final Set<String> TRANSIENT_OAUTH_ERRORS = Set.of("server_error", "temporarily_unavailable");
    private static final String PUBSUB = "sfdc.platform.eventbus.grpc.";
    private static final Set<String> TRANSIENT_PUBSUB_CODES = Set.of(PUBSUB + "service.unavailable",
            PUBSUB + "subscription.internal.error", PUBSUB + "topic.api.unavailable", PUBSUB + "schema.api.unavailable",
            PUBSUB + "service.protection.triggered", PUBSUB + "service.protection.stream.limit.triggered");
    private static final Set<String> TRANSIENT_GRPC_STATUSES = Set.of("UNAVAILABLE", "INTERNAL", "DEADLINE_EXCEEDED",
            "ABORTED", "UNKNOWN", "CANCELLED");

    private ErrorClassifier() {
    }

    /** An error response of the REST API; {@code retryAfter} is the server's Retry-After, or null. */
    public static SalesforceApiException fromResponse(SalesforceError error, Duration retryAfter) {
        return new SalesforceApiException(error, classify(error), retryAfter, null);
    }

    /**
     * Retryability of one error. Records rolled back only because another record of the same
     * all-or-none call failed are transient: sent again without the bad one, they succeed.
     */
    public static Retryability classify(SalesforceError error) {
        if ("REQUEST_LIMIT_EXCEEDED".equals(error.errorCode())) {
            return Retryability.RATE_LIMITED;
        }
        if (TRANSIENT_CODES.contains(error.errorCode()) || error.httpStatus() >= 500) {
            return Retryability.TRANSIENT;
        }
        return Retryability.PERMANENT;
    }

    /** An error of an OAuth endpoint ({@code {"error","error_description"}}). */
    public static SalesforceApiException fromOAuth(int httpStatus, String error, String description) {
        SalesforceError parsed = new SalesforceError(httpStatus, error, description, List.of());
        if ("invalid_grant".equals(error)) {
            return new ReconnectRequiredException(parsed);
        }
        boolean transientFailure = httpStatus >= 500 || TRANSIENT_OAUTH_ERRORS.contains(error);
        return new SalesforceApiException(parsed, transientFailure ? Retryability.TRANSIENT : Retryability.PERMANENT,
                null, null);
    }

    /**
     * A failed Pub/Sub API call: its gRPC status ({@code UNAVAILABLE}), Salesforce's error code from the
     * {@code error-code} trailer (null when the failure did not come from the service) and the status
     * description. An unusable replay id is an {@link InvalidReplayIdException}; a used-up delivery
     * allocation is rate limited; an unknown session is permanent here, and the subscriber renews it.
     */
    public static SalesforceApiException fromPubSub(String grpcStatus, String errorCode, String description,
            Throwable cause) {
        String code = errorCode == null || errorCode.isBlank() ? grpcStatus : errorCode;
        SalesforceError error = new SalesforceError(0, code, grpcStatus + ": " + description, List.of());
        if (code.equals(PUBSUB + "subscription.fetch.replayid.corrupted")
                || code.equals(PUBSUB + "subscription.fetch.replayid.validation.failed")) {
            return new InvalidReplayIdException(error, cause);
        }
        Retryability retryability = Retryability.PERMANENT;
        if (code.equals(PUBSUB + "subscription.limit.exceeded")) {
            retryability = Retryability.RATE_LIMITED;
        } else if (TRANSIENT_PUBSUB_CODES.contains(code) || TRANSIENT_GRPC_STATUSES.contains(code)) {
            retryability = Retryability.TRANSIENT;
        }
        return new SalesforceApiException(error, retryability, null, cause);
    }

    /**
     * A call that got no response. A request that never reached the server may always be repeated;
     * one that did may have been committed, so only a request that is safe to repeat is retryable.
     */
    public static SalesforceApiException fromIoFailure(IOException failure, boolean safeToRepeat) {
        boolean neverSent = failure instanceof ConnectException || failure instanceof HttpConnectTimeoutException;
        String code = failure instanceof HttpTimeoutException ? "TIMEOUT" : "CONNECTION_FAILED";
        String message = neverSent || safeToRepeat
                ? String.valueOf(failure.getMessage())
                : "no response, and the request may have been committed, so it is not repeated: " + failure.getMessage();
        Retryability retryability = neverSent || safeToRepeat ? Retryability.TRANSIENT : Retryability.PERMANENT;
        return new SalesforceApiException(new SalesforceError(0, code, message, List.of()), retryability, null, failure);
    }
}
