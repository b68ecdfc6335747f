package com.tasksync.emulator.http;

/** Thrown to close the client's connection without any response, as a network failure would. */
public final class DropConnection extends RuntimeException {

    public DropConnection() {
        super("connection dropped", null, false, false);
    }
}
