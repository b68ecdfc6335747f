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
            List<SyncSample> samples, java.time.Duration pollWindow) {
    }

    private Checks() {
    }

    /** Runs the checks; returns what they covered, for the run's notes. */
    public static String run(Input input, Findings findings) {
        var node = input.snapshots().nodes().url(0);
        var taskSync = input.snapshots().taskSync();
        var evidence = new Evidence(input.quiet().last(), input.ledger(), setAside(taskSync.setAside(node), findings),
                input.pollWindow());
        DuplicateCheck.check(evidence, findings);
        PresenceCheck.check(evidence, findings);
        FieldCheck.check(evidence, findings);
        WriteCheck.check(evidence, findings);
        DeleteCheck.check(evidence, findings);
        TaskStateCheck.check(evidence, input.quiet(), findings);
        VisibilityCheck.check(input.events().episodes(), input.samples(), taskSync.syncLog(node),
                input.snapshots().nodes().nodes(), input.ledger().switches(), input.events().killTimes(), findings);
        VisibilityCheck.checkEnd(input.quiet().last(), findings);
        return coverage(evidence, input.events());
    }

    private static String coverage(Evidence evidence, RunEvents events) {
        var snapshot = evidence.snapshot();
        var liveTasks = snapshot.tasks().stream().filter(Sides::live).count();
        var liveRecords = snapshot.records().stream().filter(Sides::liveRecord).count();
        var linked = snapshot.tasks().stream().filter(Sides::live).filter(task -> Json.text(task, "salesforceId") != null)
                .count();
        var writes = evidence.ledger().slots().stream().mapToLong(slot -> java.util.Arrays.stream(
                com.tasksync.torture.model.Field.values()).mapToLong(field -> slot.writes(field).size()).sum()).sum();
        return "checked " + snapshot.tasks().size() + " TaskSync tasks (" + liveTasks + " live, " + linked + " linked), "
                + snapshot.records().size() + " Salesforce tasks (" + liveRecords + " live), "
                + evidence.ledger().slots().size() + " slots with " + writes + " field writes, "
                + events.episodes().size() + " blocking fault episodes";
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
