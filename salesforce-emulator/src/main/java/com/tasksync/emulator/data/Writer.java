package com.tasksync.emulator.data;

/** Who writes: the session user (owner, CreatedById, LastModifiedById) and the client named in {@code Sforce-Call-Options}. */
public record Writer(String userId, String client) {
}
