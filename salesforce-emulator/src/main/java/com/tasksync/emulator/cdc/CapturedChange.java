package com.tasksync.emulator.cdc;

import java.util.List;
import java.util.Map;

/**
 * One change event before it is Avro-encoded: its entity, change type, record ids, its place in the
 * transaction, the body values (only non-null ones; every other field of the schema is sent as
 * null) and the changed and nulled fields by name.
 */
public record CapturedChange(String entity, ChangeOperation changeType, List<String> recordIds, int sequenceNumber,
        Body body, CommitInfo commit) {

    /** The record fields of an event: values by field name, and which fields changed or became null. */
    public record Body(Map<String, Object> values, List<String> changedFields, List<String> nulledFields) {

        public static Body empty() {
            return new Body(Map.of(), List.of(), List.of());
        }
    }

    CapturedChange withRecordIds(List<String> ids) {
        return new CapturedChange(entity, changeType, List.copyOf(ids), sequenceNumber, body, commit);
    }

    CapturedChange withSequenceNumber(int value) {
        return new CapturedChange(entity, changeType, recordIds, value, body, commit);
    }
}
