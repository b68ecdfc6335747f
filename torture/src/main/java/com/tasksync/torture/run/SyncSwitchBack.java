package com.tasksync.torture.run;

import com.tasksync.torture.execute.RunContext;
import com.tasksync.torture.model.SwitchEvent;

/**
 * Makes sure sync is on at the end of a run (a plan may end while it is off), recording the switch like any
 * other. A last switch on whose answer was lost (its node killed) may not have taken effect, and of two opposite
 * switches under way at once the one answered last may have committed first: unless the last one surely turned
 * sync on, the rep's sync status says whether it is on, as Settings would tell the rep.
 */
final class SyncSwitchBack {

    private final RunContext run;

    SyncSwitchBack(RunContext run) {
        this.run = run;
    }

    void ensureOn() {
        var switches = run.ledger().switches();
        if (switches.surelyOn()) {
            return;
        }
        var node = run.nodes().url(0);
        if (run.taskSync().syncStatus(node).path("enabled").asBoolean(false)) {
            return;
        }
        var exchange = run.taskSync().switchSync(node, true);
        if (exchange.acknowledged() || exchange.uncertain()) {
            run.ledger().switches().add(new SwitchEvent(true, exchange.sentAt(), exchange.doneAt(), exchange.acknowledged()));
        }
    }
}
