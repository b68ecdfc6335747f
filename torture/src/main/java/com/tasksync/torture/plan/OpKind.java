package com.tasksync.torture.plan;

import com.tasksync.torture.model.Side;

/** What an operation does, and on which side. */
public enum OpKind {
    TASKSYNC_CREATE(Side.TASKSYNC), TASKSYNC_EDIT(Side.TASKSYNC), TASKSYNC_COMPLETE(Side.TASKSYNC),
    TASKSYNC_REOPEN(Side.TASKSYNC), TASKSYNC_DELETE(Side.TASKSYNC), TASKSYNC_RESTORE(Side.TASKSYNC),
    SALESFORCE_CREATE(Side.SALESFORCE), SALESFORCE_EDIT(Side.SALESFORCE), SALESFORCE_COMPLETE(Side.SALESFORCE),
    SALESFORCE_REOPEN(Side.SALESFORCE), SALESFORCE_DELETE(Side.SALESFORCE),
    SYNC_OFF(Side.TASKSYNC), SYNC_ON(Side.TASKSYNC);

    private final Side side;

    OpKind(Side side) {
        this.side = side;
    }

    public Side side() {
        return side;
    }

    public boolean creates() {
        return this == TASKSYNC_CREATE || this == SALESFORCE_CREATE;
    }

    public String label() {
        return name().toLowerCase().replace('_', '-');
    }
}
