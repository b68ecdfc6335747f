package com.tasksync.torture.check;

import com.tasksync.torture.execute.RunEvents;
import com.tasksync.torture.execute.SyncSample;
import com.tasksync.torture.http.Json;
import com.tasksync.torture.model.Ledger;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Runs every end-of-run check on one run's evidence. */
public final class Checks {

    /** What the checks need from the run. */
    public record Input(Quiet.Outcome quiet, Ledger ledger, SnapshotTaker snapshots, RunEvents events,
            List<SyncSample> samples) {
    }

    private Checks() {
    }

    public static void run(Input input, Findings findings) {
        var node = input.snapshots().nodes().url(0);
        var taskSync = input.snapshots().taskSync();
        var evidence = new Evidence(input.quiet().last(), input.ledger(), setAside(taskSync.setAside(node), findings));
        DuplicateCheck.check(evidence, findings);
        PresenceCheck.check(evidence, findings);
        FieldCheck.check(evidence, findings);
        WriteCheck.check(evidence, findings);
        DeleteCheck.check(evidence, findings);
        TaskStateCheck.check(evidence, input.quiet(), findings);
        VisibilityCheck.check(input.events().episodes(), input.samples(), taskSync.syncLog(node),
                input.snapshots().nodes().nodes(), findings);
        VisibilityCheck.checkEnd(input.quiet().last(), findings);
    }

    private static Set<String> setAside(java.util.Optional<List<tools.jackson.databind.JsonNode>> listing,
            Findings findings) {
        var ids = new HashSet<String>();
        listing.orElse(List.of()).forEach(item -> {
            var id = Json.text(item, "salesforceId");
            var reason = Json.text(item, "reason") != null ? Json.text(item, "reason") : Json.text(item, "message");
            if (reason == null || reason.isBlank()) {
                findings.violation("set-aside-without-reason", "set-aside record without a reason: " + item);
            }
            if (id != null) {
                ids.add(id);
            }
        });
        return ids;
    }
}
