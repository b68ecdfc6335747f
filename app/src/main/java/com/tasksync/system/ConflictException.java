package com.tasksync.system;

import org.springframework.http.HttpStatus;

/**
 * A request that is well formed but clashes with the resource's current state: a stale
 * {@code If-Match} (412) or an action the state does not allow (409).
 */
public class ConflictException extends RuntimeException {

    private final HttpStatus status;

    private ConflictException(HttpStatus status, String message) {
        super(message);
        this.status = status;
    }

    public static ConflictException preconditionFailed(String message) {
        return new ConflictException(HttpStatus.PRECONDITION_FAILED, message);
    }

    public static ConflictException conflict(String message) {
        return new ConflictException(HttpStatus.CONFLICT, message);
    }

    public HttpStatus status() {
        return status;
    }
}
