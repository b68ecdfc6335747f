package com.tasksync.sync;

import com.tasksync.sync.SyncProblem.Source;
import java.time.Clock;
import java.util.Comparator;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Turns a stored sync status into the one users see: while sync is on, a problem the engine
 * reported makes it {@code retrying} (or {@code degraded} when it only holds work back), and tasks
 * or records that need the user make a running sync {@code degraded}.
 */
@Component
class SyncHealth {

    private final SyncProblems problems;
    private final ObjectProvider<SyncAttention> attention;
    private final JdbcClient jdbc;
    private final Clock clock;

    SyncHealth(SyncProblems problems, ObjectProvider<SyncAttention> attention, JdbcClient jdbc, Clock clock) {
        this.problems = problems;
        this.attention = attention;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    SyncStatus present(UUID userId, SyncStatus stored) {
        if (!stored.enabled()) {
            return stored;
        }
        var counts = attention.getIfAvailable();
        var inError = counts == null ? 0 : counts.tasksInError(userId);
        var setAside = counts == null ? 0 : counts.recordsSetAside(userId);
        var problem = problems.of(userId).stream()
                .min(Comparator.comparing(SyncProblem::holdsBack).thenComparing(SyncProblem::since))
                .orElse(null);
        var running = stored.state() == SyncState.SYNCING || stored.state() == SyncState.IMPORTING;
        var state = stored.state();
        var waiting = running && problem == null && stored.state() == SyncState.SYNCING
                ? WaitingUsers.since(jdbc, clock, userId) : null;
        if (running && problem != null) {
            state = problem.holdsBack() ? SyncState.DEGRADED : SyncState.RETRYING;
        } else if (waiting != null) {
            // nothing failed, yet a change has not gone out: the relay is stuck or not running on any node
            state = SyncState.DEGRADED;
            problem = new SyncProblem(Source.WAITING, "CHANGES_WAITING", "Some of your changes have waited more than "
                    + WaitingUsers.TOO_LONG.toMinutes() + " minutes to reach Salesforce, with no error to show for it;"
                    + " TaskSync keeps sending them. If this lasts, tell your admin.", waiting, null);
        } else if (stored.state() == SyncState.SYNCING && inError + setAside > 0) {
            state = SyncState.DEGRADED;
            problem = new SyncProblem(Source.ATTENTION, "NEEDS_ATTENTION", attentionMessage(inError, setAside),
                    null, null);
        }
        var lastError = stored.lastError() != null ? stored.lastError() : problem == null ? null : problem.message();
        return new SyncStatus(stored.enabled(), state, stored.connected(), stored.progress(),
                stored.firstEnabledAt(), stored.enabledAt(), stored.lastSyncAt(), lastError, problem, inError,
                setAside);
    }

    private static String attentionMessage(long inError, long setAside) {
        var parts = new java.util.ArrayList<String>();
        if (inError > 0) {
            parts.add(inError + (inError == 1 ? " task" : " tasks") + " could not be sent to Salesforce");
        }
        if (setAside > 0) {
            parts.add(setAside + (setAside == 1 ? " Salesforce record was" : " Salesforce records were")
                    + " set aside");
        }
        return String.join(" and ", parts) + "; the sync log says why, and Retry tries again.";
    }
}
