package com.tasksync.salesforce.client.pubsub;

/** What a change event reports. A GAP_* event means: the change happened, re-read the records. */
public enum ChangeType {
    CREATE, UPDATE, DELETE, UNDELETE, GAP_CREATE, GAP_UPDATE, GAP_DELETE, GAP_UNDELETE, GAP_OVERFLOW, SNAPSHOT;

    public boolean gap() {
        return name().startsWith("GAP_");
    }
}
