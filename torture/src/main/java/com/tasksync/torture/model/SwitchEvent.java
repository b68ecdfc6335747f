package com.tasksync.torture.model;

import java.time.Instant;

/** The rep switched sync on or off. */
public record SwitchEvent(boolean enabled, Instant sentAt, Instant doneAt, boolean certain) {

    public String describe() {
        return (enabled ? "on" : "off") + " sent " + sentAt + (certain ? " answered " + doneAt : " answer lost");
    }
}
