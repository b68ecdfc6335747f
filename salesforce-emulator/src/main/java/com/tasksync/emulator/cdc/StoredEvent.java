package com.tasksync.emulator.cdc;

import java.time.Instant;

/**
 * A change event in the event bus: its replay id, the entity it is about (to route it to topics),
 * the schema it was encoded with, the Avro payload, its event id, when it was stored (emulator
 * time, for retention) and when it was published ({@link System#nanoTime()}, for delivery delays).
 */
public record StoredEvent(long replayId, String entity, String schemaId, byte[] payload, String eventId,
        Stamps stamps) {

    /** When an event was stored: on the emulator's clock, and on the machine's monotonic clock. */
    public record Stamps(Instant storedAt, long publishedNanos) {
    }
}
