package com.tasksync.torture.run;

import com.tasksync.torture.execute.RunContext;
import com.tasksync.torture.model.SwitchEvent;

/** Makes sure sync is on at the end of a run (a plan may end while it is off), recording the switch like any other. */
final class SyncSwitchBack {

    private final RunContext run;

    SyncSwitchBack(RunContext run) {
        this.run = run;
    }

    void ensureOn() {
        if (run.ledger().switches().lastEnabled()) {
            return;
        }
        var exchange = run.taskSync().switchSync(run.nodes().url(0), true);
        if (exchange.acknowledged() || exchange.uncertain()) {
            run.ledger().switches().add(new SwitchEvent(true, exchange.sentAt(), exchange.doneAt(), exchange.acknowledged()));
        }
    }
}
