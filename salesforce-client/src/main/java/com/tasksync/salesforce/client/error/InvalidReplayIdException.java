package com.tasksync.salesforce.client.error;

/**
 * The Pub/Sub API refused the replay id a subscription was to resume from: it is outside the
 * 72-hour retention, was never issued by this org, or is missing. Resubscribing with it fails again;
 * the caller has to catch up another way (a full read) and start from LATEST or EARLIEST.
 */
public class InvalidReplayIdException extends SalesforceApiException {

    public InvalidReplayIdException(SalesforceError error, Throwable cause) {
        super(error, Retryability.PERMANENT, null, cause);
    }
}
