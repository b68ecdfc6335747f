package com.tasksync.emulator.data;

import com.tasksync.emulator.org.Org;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The org's recent SOQL queries through the REST API, each with the user whose session ran it and the
 * ids of every record it returned (all pages), as Salesforce's event monitoring records an API event
 * (user, query text, records) for each query. Keeps the last {@value #KEPT}; tests read it to see what a
 * session was given, which the records a client applies do not show.
 */
public final class ApiQueryLog {

    static final int KEPT = 1_000;

    /** One query: who ran it, when, its text, whether deleted records were included, and what it returned. */
    public record Entry(String userId, Instant at, String soql, boolean all, List<String> recordIds) {
    }

    private final Deque<Entry> entries = new ArrayDeque<>();

    private ApiQueryLog() {
    }

    public static ApiQueryLog of(Org org) {
        return org.part(ApiQueryLog.class, o -> new ApiQueryLog());
    }

    synchronized void record(String userId, Instant at, String soql, boolean all, Row[] rows) {
        var ids = new String[rows.length];
        for (int i = 0; i < rows.length; i++) {
            ids[i] = rows[i].id();
        }
        if (entries.size() == KEPT) {
            entries.removeFirst();
        }
        entries.addLast(new Entry(userId, at, soql, all, List.of(ids)));
    }

    /** The queries kept, oldest first. */
    public synchronized List<Entry> entries() {
        return List.copyOf(entries);
    }

    /** The queries kept that the user's sessions ran, oldest first. */
    public synchronized List<Entry> of(String userId) {
        return entries.stream().filter(entry -> entry.userId().equals(userId)).toList();
    }
}
