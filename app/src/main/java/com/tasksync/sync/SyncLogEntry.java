package com.tasksync.sync;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;

/** One line of a user's sync activity log. */
public record SyncLogEntry(
        @JsonIgnore UUID userId,
        Instant at,
        Direction direction,
        Action action,
        UUID taskId,
        String salesforceId,
        String subject,
        String message) {

    /** Which way the change went. */
    public enum Direction {
        TO_SALESFORCE("toSalesforce"), FROM_SALESFORCE("fromSalesforce"), LOCAL("local");

        private final String value;

        Direction(String value) {
            this.value = value;
        }

        @JsonValue
        public String value() {
            return value;
        }

        static Direction of(String value) {
            return Arrays.stream(values()).filter(d -> d.value.equals(value)).findFirst().orElseThrow();
        }
    }

    /** What sync did. */
    public enum Action {
        CREATE, UPDATE, COMPLETE, REOPEN, DELETE, CONFLICT, ERROR, IMPORT;

        @JsonValue
        public String value() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
