package com.tasksync.salesforce.client.error;

/** How a failed call may be tried again. */
public enum Retryability {
    /** Trying again gives the same answer: fix the data, the query or the connection first. */
    PERMANENT,
    /** A passing condition (server error, row lock, lost connection on a safe call): retry soon. */
    TRANSIENT,
    /** The org's API allocation is used up: retry much later, not within the same call. */
    RATE_LIMITED
}
