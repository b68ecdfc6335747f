package com.tasksync.emulator.cdc;

/** The operation a change event reports, in the order of the Avro enum Salesforce publishes. */
public enum ChangeOperation {
    CREATE, UPDATE, DELETE, UNDELETE, GAP_CREATE, GAP_UPDATE, GAP_DELETE, GAP_UNDELETE, GAP_OVERFLOW, SNAPSHOT;

    public boolean gap() {
        return name().startsWith("GAP_");
    }
}
