package com.tasksync.salesforce.client.error;

import java.util.List;

/** One error as Salesforce reports it, before it is classified. */
public record SalesforceError(int httpStatus, String errorCode, String message, List<String> fields) {

    public SalesforceError {
        fields = fields == null ? List.of() : List.copyOf(fields);
        message = message == null ? "" : message;
    }

    String describe() {
        String status = httpStatus == 0 ? "no response" : "HTTP " + httpStatus;
        return status + " " + errorCode + ": " + message;
    }
}
