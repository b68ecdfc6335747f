package com.tasksync.torture.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** When the rep switched sync on and off, to tell whether a TaskSync create happened while sync was on. */
public final class SyncSwitches {

    /** Sync at the time of a create: on, off, or switched while the create was under way. */
    public enum State { ON, OFF, UNCLEAR }

    private final List<SwitchEvent> events = new ArrayList<>();

    public synchronized void add(SwitchEvent event) {
        events.add(event);
    }

    public synchronized State during(Instant sentAt, Instant doneAt) {
        var state = State.OFF;
        for (var event : events) {
            var overlaps = event.sentAt().isBefore(doneAt) && event.doneAt().isAfter(sentAt);
            if (overlaps) {
                return State.UNCLEAR;
            }
            if (event.doneAt().isBefore(sentAt)) {
                state = !event.certain() ? State.UNCLEAR : event.enabled() ? State.ON : State.OFF;
            }
        }
        return state;
    }

    /** Whether the last switch the rep made turned sync on (false before any). */
    public synchronized boolean lastEnabled() {
        return !events.isEmpty() && events.get(events.size() - 1).enabled();
    }

    public synchronized Instant firstEnable() {
        return events.stream().filter(SwitchEvent::enabled).map(SwitchEvent::sentAt).findFirst().orElse(null);
    }

    public synchronized List<SwitchEvent> all() {
        return new ArrayList<>(events);
    }
}
