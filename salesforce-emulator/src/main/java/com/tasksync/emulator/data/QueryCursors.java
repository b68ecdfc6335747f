package com.tasksync.emulator.data;

import com.tasksync.emulator.org.SalesforceIds;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The org's open query cursors. A cursor holds the matched rows as they were when the query ran
 * (references to immutable rows, never rendered JSON) and the selected fields. Salesforce keeps
 * cursors two days with no cap since API 56.0 (before: 15 minutes idle, 10 per user); to bound
 * memory the emulator releases a cursor after 15 minutes without use and keeps at most 50 per
 * user, releasing the oldest first.
 */
final class QueryCursors {

    static final Duration IDLE_EXPIRY = Duration.ofMinutes(15);
    static final int PER_USER = 50;

    private final SalesforceIds ids;
    private final Map<String, Cursor> open = new LinkedHashMap<>();

    QueryCursors(SalesforceIds ids) {
        this.ids = ids;
    }

    /** An open result set: whose, its records' shape, the rows, and the last use. */
    static final class Cursor {
        final String id;
        final String userId;
        final SoqlShape shape;
        final Row[] rows;
        final int batch;
        Instant lastUsed;

        Cursor(String id, String userId, SoqlShape shape, Row[] rows, int batch, Instant now) {
            this.id = id;
            this.userId = userId;
            this.shape = shape;
            this.rows = rows;
            this.batch = batch;
            this.lastUsed = now;
        }
    }

    synchronized Cursor open(String userId, SoqlShape shape, Row[] rows, int batch, Instant now) {
        expire(now);
        List<Cursor> mine = new ArrayList<>();
        open.values().forEach(c -> {
            if (c.userId.equals(userId)) {
                mine.add(c);
            }
        });
        for (int i = 0; i <= mine.size() - PER_USER; i++) {
            open.remove(mine.get(i).id);
        }
        Cursor cursor = new Cursor(ids.next("0r8"), userId, shape, rows, batch, now);
        open.put(cursor.id, cursor);
        return cursor;
    }

    /** The user's live cursor of that id, touched; null when unknown, expired, released or someone else's. */
    synchronized Cursor use(String id, String userId, Instant now) {
        expire(now);
        Cursor cursor = open.get(id);
        if (cursor == null || !cursor.userId.equals(userId)) {
            return null;
        }
        cursor.lastUsed = now;
        return cursor;
    }

    synchronized int size() {
        return open.size();
    }

    private void expire(Instant now) {
        open.values().removeIf(c -> c.lastUsed.plus(IDLE_EXPIRY).isBefore(now));
    }
}
