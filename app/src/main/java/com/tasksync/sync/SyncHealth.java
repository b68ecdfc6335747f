package com.tasksync.sync;

import com.tasksync.sync.SyncProblem.Source;
import java.util.Comparator;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
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

    SyncHealth(SyncProblems problems, ObjectProvider<SyncAttention> attention) {
        this.problems = problems;
        this.attention = attention;
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
        if (running && problem != null) {
            state = problem.holdsBack() ? SyncState.DEGRADED : SyncState.RETRYING;
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
