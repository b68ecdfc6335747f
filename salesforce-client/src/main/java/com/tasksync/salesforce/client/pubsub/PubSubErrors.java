package com.tasksync.salesforce.client.pubsub;

import com.tasksync.salesforce.client.error.ErrorClassifier;
import com.tasksync.salesforce.client.error.SalesforceApiException;
import io.grpc.Metadata;
import io.grpc.Status;

/** Turns a gRPC failure into the client's one exception, with Salesforce's code from the {@code error-code} trailer. */
final class PubSubErrors {

    private static final Metadata.Key<String> ERROR_CODE = Metadata.Key.of("error-code", Metadata.ASCII_STRING_MARSHALLER);

    private PubSubErrors() {
    }

    static SalesforceApiException from(Throwable failure) {
        Status status = Status.fromThrowable(failure);
        Metadata trailers = Status.trailersFromThrowable(failure);
        String code = trailers == null ? null : trailers.get(ERROR_CODE);
        String description = status.getDescription() == null ? "" : status.getDescription();
        return ErrorClassifier.fromPubSub(status.getCode().name(), code, description, failure);
    }

    /** The session was refused: renewing it may help once. */
    static boolean sessionRefused(SalesforceApiException e) {
        return e.errorCode().equals("sfdc.platform.eventbus.grpc.service.auth.error")
                || e.errorCode().equals("UNAUTHENTICATED");
    }
}
