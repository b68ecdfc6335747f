package com.tasksync.emulator.cdc;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One org's stored change events, by replay id. Replay ids increase with every event but are not
 * contiguous, and start from a value taken from the machine's clock when the emulator starts, so an
 * id stored by a client of an earlier run never looks valid to a later one. Events older than the
 * retention (72 hours of emulator time) are dropped; a replay id is valid while the event it names
 * is retained, or when it is the latest id the bus has handed out (nothing after it was lost).
 */
public final class EventBus {

    public static final Duration RETENTION = Duration.ofHours(72);

    private final ConcurrentSkipListMap<Long, StoredEvent> events = new ConcurrentSkipListMap<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final Random steps = new Random();
    private final long base;
    private volatile long tip;
    private volatile long newestPurged = -1;

    EventBus(long base) {
        this.base = base;
        this.tip = base;
    }

    synchronized StoredEvent append(String entity, String schemaId, byte[] payload, Instant now) {
        long replayId = tip + 1 + steps.nextInt(3);
        StoredEvent event = new StoredEvent(replayId, entity, schemaId, payload, java.util.UUID.randomUUID().toString(),
                new StoredEvent.Stamps(now, System.nanoTime()));
        events.put(replayId, event);
        tip = replayId;
        listeners.forEach(Runnable::run);
        return event;
    }

    /** Drops the events stored before {@code now} minus the retention. */
    public synchronized void purge(Instant now) {
        Instant cutoff = now.minus(RETENTION);
        while (!events.isEmpty()) {
            Map.Entry<Long, StoredEvent> first = events.firstEntry();
            if (!first.getValue().stamps().storedAt().isBefore(cutoff)) {
                break;
            }
            events.pollFirstEntry();
            newestPurged = first.getKey();
        }
    }

    /** The newest replay id handed out: the last event's, or the starting point while there is none. */
    public long tip() {
        return tip;
    }

    /** The position just before the oldest retained event: where EARLIEST starts. */
    public long earliestPosition() {
        return newestPurged >= 0 ? newestPurged : base;
    }

    /**
     * True when a subscription may start after {@code replayId}: it was handed out, and it is the
     * latest id or names an event still retained, so nothing after it has been dropped.
     */
    public boolean valid(long replayId) {
        long floor = newestPurged >= 0 ? newestPurged + 1 : base;
        return replayId == tip || replayId >= floor && replayId <= tip;
    }

    /** The events after {@code position}, oldest first; a live view that also shows events appended while it is read. */
    public Iterable<StoredEvent> from(long position) {
        return events.tailMap(position, false).values();
    }

    /** Up to {@code max} events after {@code position}, oldest first. */
    public List<StoredEvent> after(long position, int max) {
        List<StoredEvent> out = new ArrayList<>(Math.min(max, 16));
        for (StoredEvent e : events.tailMap(position, false).values()) {
            if (out.size() >= max) {
                break;
            }
            out.add(e);
        }
        return out;
    }

    public int size() {
        return events.size();
    }

    /** Calls {@code listener} after every append, on the appending thread: keep it short. */
    public void onAppend(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }
}
