package com.tasksync.system;

/** A resource that does not exist for the signed-in user; other users' data is reported the same way. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
