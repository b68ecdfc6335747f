package com.tasksync.torture.execute;

import com.tasksync.torture.http.Json;
import com.tasksync.torture.model.Side;
import com.tasksync.torture.model.Slot;
import com.tasksync.torture.model.SyncSwitches;
import com.tasksync.torture.process.Deadline;
import java.time.Duration;
import java.util.ArrayList;

/**
 * Waits, within a deadline, until sync has caught up with what users did so far: sync is on and
 * past its import, no task is pending, every task made in TaskSync while sync was on has a
 * Salesforce id and every task made in Salesforce (but the old ones) a TaskSync id. Not getting
 * there is noted, not fatal: the checks at the end say what is wrong.
 */
public final class SyncWaiter {

    private final RunContext run;
    private final Directory directory;

    public SyncWaiter(RunContext run, Directory directory) {
        this.run = run;
        this.directory = directory;
    }

    public boolean awaitSynced(Duration timeout) {
        var synced = Deadline.in(timeout).await(this::caughtUp, Duration.ofMillis(1000));
        if (!synced) {
            run.events().note("sync had not caught up " + timeout.toSeconds() + " s after a step that waits for it");
        }
        return synced;
    }

    private boolean caughtUp() {
        var node = run.nodes().anyReady();
        if (node.isEmpty()) {
            return false;
        }
        try {
            if (!"syncing".equals(Json.text(run.taskSync().syncStatus(node.get()), "state"))) {
                return false;
            }
            var tasks = new ArrayList<>(run.taskSync().tasks(node.get(), "all"));
            tasks.addAll(run.taskSync().tasks(node.get(), "trash"));
            directory.refresh(tasks);
            return tasks.stream().noneMatch(task -> "pending".equals(Json.text(task, "syncState")))
                    && run.ledger().slots().stream().allMatch(this::linked);
        } catch (RuntimeException e) {
            return false;
        }
    }

    private boolean linked(Slot slot) {
        if (slot.created() != Slot.Created.CREATED || slot.kind() == Slot.Kind.OLD_IN_SALESFORCE) {
            return true;
        }
        if (slot.origin() == Side.SALESFORCE) {
            return slot.taskSyncId() != null;
        }
        var state = run.ledger().switches().during(slot.createSentAt(), slot.createDoneAt());
        return state != SyncSwitches.State.ON || slot.salesforceId() != null;
    }
}
