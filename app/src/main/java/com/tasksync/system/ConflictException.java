package com.tasksync.system;

import org.springframework.http.HttpStatus;

/**
 * A request that is well formed but clashes with the resource's current state: a stale
 * {@code If-Match} (412), an action the state does not allow (409), or a request that cannot be
 * taken as what it claims to be, such as a reused {@code Idempotency-Key} with another body (422).
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

    public static ConflictException unprocessable(String message) {
        return new ConflictException(HttpStatus.UNPROCESSABLE_CONTENT, message);
    }

    /** Salesforce, which the request needed, failed to answer it (502): trying again later may work. */
    public static ConflictException salesforceFailed(String message) {
        return new ConflictException(HttpStatus.BAD_GATEWAY, message);
    }

    public HttpStatus status() {
        return status;
    }
}
