package com.tasksync.salesforce.client.error;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A failed Salesforce call: the HTTP status (0 when no response arrived), Salesforce's
 * errorCode, its message and the fields it names, and whether a retry can help.
 */
public class SalesforceApiException extends RuntimeException {

    private final SalesforceError error;
    private final Retryability retryability;
    private final Duration retryAfter;

    public SalesforceApiException(SalesforceError error, Retryability retryability, Duration retryAfter,
            Throwable cause) {
        super(error.describe(), cause);
        this.error = error;
        this.retryability = retryability;
        this.retryAfter = retryAfter;
    }

    public SalesforceError error() {
        return error;
    }

    public int httpStatus() {
        return error.httpStatus();
    }

    public String errorCode() {
        return error.errorCode();
    }

    public String salesforceMessage() {
        return error.message();
    }

    public List<String> fields() {
        return error.fields();
    }

    public Retryability retryability() {
        return retryability;
    }

    public boolean retryable() {
        return retryability != Retryability.PERMANENT;
    }

    /** The wait the server asked for with {@code Retry-After}, when it did. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** True when the stored credentials no longer work and the user must connect again. */
    public boolean reconnectRequired() {
        return false;
    }
}
