package com.tasksync.inbound.stream;

import com.tasksync.inbound.ChangeEventProperties;
import com.tasksync.inbound.InboundProperties;
import com.tasksync.system.LoopLifecycle;
import org.springframework.stereotype.Component;

/** Runs {@link ChangeStreams#step} in the background, a round every quarter of the lease. */
@Component
class ChangeStreamLoop extends LoopLifecycle {

    ChangeStreamLoop(ChangeStreams streams, ChangeEventProperties properties, InboundProperties inbound) {
        super("change-streams", properties.renewEvery(), streams::step, inbound.background());
    }
}
