package com.tasksync.emulator.cdc;

import java.util.Set;
import java.util.TreeSet;

/**
 * An org's Change Data Capture setup: the entities selected for change events (none until
 * selected, as in Setup), the edition, and the daily delivery allocation when it differs from
 * the edition's default (an add-on, or a test's own number).
 */
public record CdcSettings(Set<String> selectedEntities, Edition edition, Integer dailyDeliveredEvents) {

    public CdcSettings {
        selectedEntities = Set.copyOf(new TreeSet<>(selectedEntities));
    }

    public static CdcSettings defaults() {
        return new CdcSettings(Set.of(), Edition.ENTERPRISE, null);
    }

    public int deliveryAllocation() {
        return dailyDeliveredEvents == null ? edition.dailyDeliveredEvents() : dailyDeliveredEvents;
    }

    public boolean selected(String entity) {
        return selectedEntities.contains(entity);
    }

    public CdcSettings withSelectedEntities(Set<String> value) {
        return new CdcSettings(value, edition, dailyDeliveredEvents);
    }

    public CdcSettings withEdition(Edition value) {
        return new CdcSettings(selectedEntities, value, dailyDeliveredEvents);
    }

    public CdcSettings withDailyDeliveredEvents(Integer value) {
        return new CdcSettings(selectedEntities, edition, value);
    }
}
