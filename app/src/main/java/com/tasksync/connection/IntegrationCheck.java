package com.tasksync.connection;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * The result of a pre-flight check of an org's integration user, line by line in an admin's words,
 * and what it allows: org-level reads ({@code readsOrg}: the API works and the user has View All
 * Data) and the change stream ({@code changeEvents}: also Task selected for Change Data Capture).
 */
public record IntegrationCheck(Instant checkedAt, List<Line> lines, boolean readsOrg, boolean changeEvents) {

    public IntegrationCheck {
        lines = List.copyOf(lines);
    }

    /** How one check came out. {@code WARN}: sync works, but not as well as it could. */
    public enum Outcome {
        PASS, WARN, FAIL
    }

    /**
     * One line: what was checked, how it came out, and what it means or what to do. Serializable
     * because the connected app's check reaches the admin page as a flash attribute, which sessions
     * in PostgreSQL store serialized.
     */
    public record Line(String key, String title, Outcome outcome, String detail) implements Serializable {
    }

    /** The first line that failed, for the reason a mode was chosen; null when none did. */
    public Line firstFailure() {
        return lines.stream().filter(line -> line.outcome() == Outcome.FAIL).findFirst().orElse(null);
    }

    public Line line(String key) {
        return lines.stream().filter(line -> line.key().equals(key)).findFirst().orElse(null);
    }
}
