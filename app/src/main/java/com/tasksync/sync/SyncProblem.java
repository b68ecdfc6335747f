package com.tasksync.sync;

import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Instant;
import java.util.Arrays;

/**
 * Something that keeps a user's sync from running as it should, as {@code GET /api/sync} shows it:
 * which part of the engine it stops, Salesforce's error code or ours, what happened in words,
 * since when, and when TaskSync tries again (null when it waits for the user).
 */
public record SyncProblem(Source source, String code, String message, Instant since, Instant nextTryAt) {

    /** The part of the engine that meets the problem; each clears only its own. */
    public enum Source {
        OUTBOUND("outbound"), INBOUND("inbound"), FIRST_SYNC("first-sync"), BUDGET("budget"),
        ATTENTION("attention"), WAITING("waiting");

        private final String value;

        Source(String value) {
            this.value = value;
        }

        @JsonValue
        public String value() {
            return value;
        }

        static Source of(String value) {
            return Arrays.stream(values()).filter(s -> s.value.equals(value)).findFirst().orElseThrow();
        }
    }

    /**
     * Problems that only hold work back (the API share, what needs the user, changes that wait with no
     * failure to show for it) leave sync degraded; the others make it retry.
     */
    boolean holdsBack() {
        return source == Source.BUDGET || source == Source.ATTENTION || source == Source.WAITING;
    }
}
