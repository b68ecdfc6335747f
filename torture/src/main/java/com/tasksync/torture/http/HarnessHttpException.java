package com.tasksync.torture.http;

/** A call the harness needs for its own bookkeeping failed; the run cannot go on as planned. */
public final class HarnessHttpException extends RuntimeException {

    public HarnessHttpException(String message) {
        super(message);
    }
}
