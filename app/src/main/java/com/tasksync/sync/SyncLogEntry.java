package com.tasksync.sync;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Instant;
import java.util.Arrays;
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

    /**
     * What sync did. {@code PROBLEM} and {@code RECOVERED} mark the start and end of a failure of
     * sync as a whole; {@code SET_ASIDE} a Salesforce record that could not be applied; {@code RETRY}
     * the user asking to try again; {@code ORG_CHANGE} what became of the tasks linked to another org;
     * {@code UNLINK} a task the user took out of sync.
     */
    public enum Action {
        CREATE("create"), UPDATE("update"), COMPLETE("complete"), REOPEN("reopen"), DELETE("delete"), RESTORE("restore"),
        CONFLICT("conflict"), ERROR("error"), IMPORT("import"), PROBLEM("problem"), RECOVERED("recovered"),
        SET_ASIDE("setAside"), RETRY("retry"), ORG_CHANGE("orgChange"), UNLINK("unlink");

        private final String value;

        Action(String value) {
            this.value = value;
        }

        @JsonValue
        public String value() {
            return value;
        }

        static Action of(String value) {
            return Arrays.stream(values()).filter(a -> a.value.equals(value)).findFirst().orElseThrow();
        }
    }
}
