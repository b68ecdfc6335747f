package com.tasksync.torture.check;

import com.tasksync.torture.model.Ledger;
import java.time.Duration;
import java.util.Set;

/**
 * What the end-of-run checks look at: the quiet snapshot, what users did, the Salesforce ids
 * TaskSync lists as set aside with a reason, and the longest poll interval (the window within
 * which the documented later-wins limit lets an older TaskSync value win).
 */
public record Evidence(Snapshot snapshot, Ledger ledger, Set<String> setAside, Duration pollWindow) {

    Sides sides() {
        return new Sides(snapshot, ledger);
    }
}
