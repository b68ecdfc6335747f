package com.tasksync.task;

import com.tasksync.system.InvalidInputException;

/**
 * The {@code Idempotency-Key} a client sends with a create so that a retry cannot make a second task:
 * 1 to 255 printable ASCII characters (spaces included), compared exactly, and scoped to its user.
 */
record IdempotencyKey(String value) {

    static final String HEADER = "Idempotency-Key";
    static final int MAX_LENGTH = 255;

    /** Returns null when the request has no key; a key that breaks the rules is a 400 naming the header. */
    static IdempotencyKey parse(String header) {
        if (header == null) {
            return null;
        }
        if (header.isEmpty() || header.length() > MAX_LENGTH) {
            throw InvalidInputException.of(HEADER, "must be 1 to " + MAX_LENGTH + " characters");
        }
        if (!header.chars().allMatch(c -> c >= 0x20 && c <= 0x7e)) {
            throw InvalidInputException.of(HEADER, "must be printable ASCII characters");
        }
        return new IdempotencyKey(header);
    }
}
