package com.tasksync.system;

import java.io.IOException;

/** A request body that went past {@code tasksync.security.max-request-body} while it was read. */
class BodyTooLargeException extends IOException {

    BodyTooLargeException(long limit) {
        super("The request body is larger than " + limit + " bytes");
    }
}
