package com.tasksync.salesforce.client.pubsub;

import java.util.Objects;

/** Where a subscription starts: new events only (LATEST), every retained event (EARLIEST), or after a stored replay id. */
public sealed interface ReplayFrom {

    static ReplayFrom latest() {
        return Latest.INSTANCE;
    }

    static ReplayFrom earliest() {
        return Earliest.INSTANCE;
    }

    static ReplayFrom after(ReplayId replayId) {
        return new After(Objects.requireNonNull(replayId, "replayId"));
    }

    /** Only events published after the subscription starts. */
    enum Latest implements ReplayFrom {
        INSTANCE
    }

    /** Every event still retained (72 hours). */
    enum Earliest implements ReplayFrom {
        INSTANCE
    }

    /** The events after this replay id. */
    record After(ReplayId replayId) implements ReplayFrom {
    }
}
