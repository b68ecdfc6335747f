package com.tasksync.torture.check;

import com.tasksync.torture.model.Ledger;
import java.util.Set;

/**
 * What the end-of-run checks look at: the quiet snapshot, what users did, and the Salesforce ids
 * TaskSync lists as set aside with a reason.
 */
public record Evidence(Snapshot snapshot, Ledger ledger, Set<String> setAside) {

    Sides sides() {
        return new Sides(snapshot, ledger);
    }
}
