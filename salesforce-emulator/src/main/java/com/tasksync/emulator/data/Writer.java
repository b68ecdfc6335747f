package com.tasksync.emulator.data;

/**
 * Who writes: the session user (owner, CreatedById, LastModifiedById), the client named in
 * {@code Sforce-Call-Options}, and what that user may change.
 */
public record Writer(String userId, String client, RecordAccess access) {

    /** A writer that sharing does not restrict, for the emulator's own writes. */
    public Writer(String userId, String client) {
        this(userId, client, RecordAccess.SYSTEM);
    }
}
