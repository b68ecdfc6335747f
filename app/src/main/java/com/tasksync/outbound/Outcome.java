package com.tasksync.outbound;

import com.tasksync.task.TaskFields;
import java.util.List;

/** How sending one planned write went. */
sealed interface Outcome {

    /** Salesforce holds the change; the record's id. */
    record Sent(String salesforceId) implements Outcome {}

    /** A create whose answer was lost was found in Salesforce; it holds {@code fields}. */
    record Found(String salesforceId, TaskFields fields) implements Outcome {}

    /**
     * This record is worth trying again later; after too many tries it is blocked. The error codes
     * are Salesforce's for this record when it refused the record itself (none when TaskSync decided).
     */
    record Retry(String message, List<String> recordErrors) implements Outcome {

        Retry(String message) {
            this(message, List.of());
        }
    }

    /**
     * The whole call failed in a way that passes (Salesforce down or overloaded, no answer, a session
     * refused right after its renewal): tried again with backoff for as long as it takes, and shown
     * as a problem of the user's sync meanwhile. Never the record's fault, so it never blocks it.
     */
    record CallFailed(String code, String message) implements Outcome {}

    /**
     * Salesforce refused the record; trying again will not help until the task changes. The error
     * codes are Salesforce's for this record (none when it refused the whole call).
     */
    record Rejected(String message, List<String> recordErrors) implements Outcome {

        Rejected(String message) {
            this(message, List.of());
        }
    }

    /** The Salesforce record was deleted there; the delete wins over this change. */
    record DeletedInSalesforce(String message) implements Outcome {}

    /** The user's Salesforce sign-in no longer works; wait for a reconnect. */
    record Reconnect(String message) implements Outcome {}

    /** The engine's API budget for the org is used up; wait without counting an attempt. */
    record OverBudget() implements Outcome {}
}
