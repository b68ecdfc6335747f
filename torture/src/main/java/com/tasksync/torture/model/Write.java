package com.tasksync.torture.model;

import java.time.Instant;

/**
 * One write of one field by a user (never by sync): its side, the value it left in TaskSync's
 * terms, when it was sent and answered, and whether the answer came (a write whose answer was
 * lost may or may not have happened).
 *
 * @param anyValue the value it leaves cannot be told in advance (a Type that leaves the type to
 *     an unknown TaskSubtype), so any final value is consistent with it
 * @param creation the value the task was created with, rather than an edit
 */
public record Write(Field field, Side side, String value, boolean anyValue, boolean creation, Instant sentAt,
        Instant doneAt, boolean certain, String operation) {

    /**
     * True when {@code later} surely replaced this one: an acknowledged edit sent after this one was
     * answered, on the same side (or on either side, for the value the task was created with).
     */
    public boolean supersededBy(Write later) {
        return later.certain && !later.creation && (later.side == side || creation) && later.sentAt.isAfter(doneAt);
    }

    public String describe() {
        return side.label() + (creation ? " create " : " ") + operation + " " + (anyValue ? "(any value)"
                : Values.show(value)) + " sent " + sentAt + (certain ? " acknowledged " + doneAt : " answer lost");
    }
}
