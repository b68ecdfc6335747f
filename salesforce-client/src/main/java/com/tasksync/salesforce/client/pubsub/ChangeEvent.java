package com.tasksync.salesforce.client.pubsub;

import java.util.Map;

/**
 * One change event: its replay id, its decoded header, and the record fields it carries that are
 * not null, by name: text as String, numbers as Integer or Double, checkboxes as Boolean, dates as
 * LocalDate, datetimes as Instant. In an UPDATE only changed fields have values; a field set to
 * null is in {@link ChangeEventHeader#nulledFields()} instead.
 */
public record ChangeEvent(ReplayId replayId, String eventId, ChangeEventHeader header, Map<String, Object> fields) {

    public ChangeEvent {
        fields = Map.copyOf(fields);
    }
}
