package com.tasksync.emulator.data;

import com.tasksync.emulator.org.EmulatorClock;
import com.tasksync.emulator.org.Org;
import com.tasksync.emulator.org.SalesforceIds;

/** The records of one org and its schema. */
public final class OrgData {

    private final Org org;
    private final SalesforceIds ids;
    private final EmulatorClock clock;
    private final Schema schema = new Schema();

    public OrgData(Org org, SalesforceIds ids, EmulatorClock clock) {
        this.org = org;
        this.ids = ids;
        this.clock = clock;
    }

    public Schema schema() {
        return schema;
    }
}
