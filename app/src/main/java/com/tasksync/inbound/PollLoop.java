package com.tasksync.inbound;

import com.tasksync.system.LoopLifecycle;
import java.time.Duration;
import org.springframework.stereotype.Component;

/** Runs the inbound poll in the background when configured to, looking for a due org every second. */
@Component
class PollLoop extends LoopLifecycle {

    PollLoop(InboundPoller poller, InboundProperties properties) {
        super("inbound-poll", Duration.ofSeconds(1), poller::pollOnce, properties.background());
    }
}
