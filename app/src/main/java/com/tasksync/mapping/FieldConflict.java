package com.tasksync.mapping;

/** One field changed differently on both sides since the last sync, and which side's value was kept. */
public record FieldConflict(TaskField field, Object taskSyncValue, Object salesforceValue, Side winner) {

    /** A side of the sync. */
    public enum Side { TASKSYNC, SALESFORCE }

    public String describe() {
        return field.name().toLowerCase(java.util.Locale.ROOT) + ": TaskSync had " + taskSyncValue
                + ", Salesforce had " + salesforceValue + "; kept " + winner.name().toLowerCase(java.util.Locale.ROOT);
    }
}
