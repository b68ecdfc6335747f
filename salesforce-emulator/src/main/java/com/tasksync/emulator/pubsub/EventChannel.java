package com.tasksync.emulator.pubsub;

import com.tasksync.emulator.cdc.OrgChangeFeed;

/**
 * A change event channel: {@code /data/<Object>ChangeEvent} carries one object's events,
 * {@code /data/ChangeEvents} those of every selected object. Names are case-sensitive.
 */
record EventChannel(String name, String entity) {

    static final String ALL = "/data/ChangeEvents";
    private static final String PREFIX = "/data/";
    private static final String SUFFIX = "ChangeEvent";

    /** The topic of that name in the org, or null when it has none. */
    static EventChannel resolve(String name, OrgChangeFeed feed) {
        if (name.equals(ALL)) {
            return new EventChannel(name, null);
        }
        if (!name.startsWith(PREFIX) || !name.endsWith(SUFFIX)) {
            return null;
        }
        String entity = name.substring(PREFIX.length(), name.length() - SUFFIX.length());
        return feed.capturable(entity) ? new EventChannel(name, entity) : null;
    }

    boolean carries(String eventEntity) {
        return entity == null || entity.equals(eventEntity);
    }

    /**
     * Task and Event have no object-level View All permission, so their change events need View All
     * Data: checked when subscribing to their own channel, and per event on {@code /data/ChangeEvents}.
     */
    static boolean needsViewAllData(String entity) {
        return "Task".equals(entity) || "Event".equals(entity);
    }
}
