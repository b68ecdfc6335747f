package com.tasksync.emulator.cdc;

/**
 * Salesforce editions that have Change Data Capture, with their default allocation of change and
 * platform events delivered to API subscribers (Pub/Sub API, CometD) in 24 hours.
 */
public enum Edition {
    DEVELOPER(10_000),
    ENTERPRISE(25_000),
    PERFORMANCE(50_000),
    UNLIMITED(50_000);

    private final int dailyDeliveredEvents;

    Edition(int dailyDeliveredEvents) {
        this.dailyDeliveredEvents = dailyDeliveredEvents;
    }

    public int dailyDeliveredEvents() {
        return dailyDeliveredEvents;
    }
}
