package com.tasksync.salesforce.client.error;

/**
 * The refresh token or other grant was refused ({@code invalid_grant}): the connection cannot
 * heal itself, and the user has to authorise the app again.
 */
public class ReconnectRequiredException extends SalesforceApiException {

    public ReconnectRequiredException(SalesforceError error) {
        super(error, Retryability.PERMANENT, null, null);
    }

    @Override
    public boolean reconnectRequired() {
        return true;
    }
}
