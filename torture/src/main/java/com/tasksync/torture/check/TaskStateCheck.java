package com.tasksync.torture.check;

import com.tasksync.torture.http.Json;
import java.util.stream.Collectors;

/**
 * Nothing stuck: quiet was reached (no task pending, neither side changing), and no task is in
 * {@code error}: the harness writes only legal values and its faults are transient, so an error
 * is a failure that should have been retried. An error without a reason is worse still.
 */
final class TaskStateCheck {

    private TaskStateCheck() {
    }

    static void check(Evidence evidence, Quiet.Outcome quiet, Findings findings) {
        var snapshot = evidence.snapshot();
        if (!quiet.reached()) {
            findings.violation("stuck", "no quiet within " + quiet.waited().toSeconds() + " s: sync state "
                    + snapshot.syncState() + ", " + snapshot.pending().size() + " tasks pending: "
                    + snapshot.pending().stream().limit(10).map(Sides::describeTask).collect(Collectors.joining("; ")));
        }
        for (var task : snapshot.tasks()) {
            if (!"error".equals(Json.text(task, "syncState"))) {
                continue;
            }
            var reason = Json.text(task, "syncError");
            if (reason == null || reason.isBlank()) {
                findings.violation("error-without-reason", Sides.describeTask(task) + " is in error with no reason");
            } else {
                findings.violation("task-error", Sides.describeTask(task) + " ended in error: " + reason);
            }
        }
    }
}
