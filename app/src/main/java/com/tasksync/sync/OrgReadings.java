package com.tasksync.sync;

/** Says how each org's changes are read; the sync engine provides it. */
public interface OrgReadings {

    OrgReading of(String orgId);
}
