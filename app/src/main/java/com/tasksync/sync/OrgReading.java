package com.tasksync.sync;

import java.time.Instant;

/**
 * How the engine reads an org's Salesforce changes now, and why, for Settings and the admin page.
 *
 * @param mode the way changes are read
 * @param reason why this mode and not a faster one; null when the fastest runs
 * @param stream the change stream's state, or null when the org has none
 */
public record OrgReading(Mode mode, String reason, Stream stream) {

    /** The three ways, fastest first. */
    public enum Mode {
        /** The org's integration user receives Change Data Capture events; a safety poll runs every few minutes. */
        CHANGE_EVENTS("Change events", "Salesforce changes arrive within a second, through the org's integration user"
                + " and Change Data Capture."),
        /** The org's integration user polls for every rep at once. */
        ORG_POLL("Polling for the org", "TaskSync asks Salesforce for changes every few seconds, once for all reps,"
                + " through the org's integration user."),
        /** Each rep's own session polls for the rep's own tasks. */
        USER_POLL("Polling per rep", "TaskSync asks Salesforce for each rep's changes every few seconds, with the"
                + " rep's own sign-in.");

        private final String label;
        private final String words;

        Mode(String label, String words) {
            this.label = label;
            this.words = words;
        }

        public String label() {
            return label;
        }

        public String words() {
            return words;
        }
    }

    /**
     * The org's change stream: its state since when, which node holds it, its events, and the changes
     * the safety poll found that the stream had not brought (with the last time it did).
     */
    public record Stream(String state, Instant since, String detail, String holder, Instant lastEventAt, long events,
            long missed, Instant lastMissedAt) {
    }
}
