package com.tasksync.mapping;

/**
 * Delete against edit: a delete on either side wins over any edit on the other. The TaskSync copy
 * of a task deleted in Salesforce goes to Trash, where the user can still restore it.
 */
public final class DeleteRule {

    /** What sync does with one task. */
    public enum Outcome { NOTHING, DELETE_IN_SALESFORCE, DELETE_IN_TASKSYNC, MERGE }

    private DeleteRule() {
    }

    public static Outcome resolve(boolean deletedInTaskSync, boolean deletedInSalesforce) {
        if (deletedInTaskSync && deletedInSalesforce) {
            return Outcome.NOTHING;
        }
        if (deletedInSalesforce) {
            return Outcome.DELETE_IN_TASKSYNC;
        }
        return deletedInTaskSync ? Outcome.DELETE_IN_SALESFORCE : Outcome.MERGE;
    }

    /** True when the delete overrode an edit on the other side, which the sync log records as a conflict. */
    public static boolean isConflict(Outcome outcome, boolean otherSideEdited) {
        return otherSideEdited && (outcome == Outcome.DELETE_IN_SALESFORCE || outcome == Outcome.DELETE_IN_TASKSYNC);
    }
}
