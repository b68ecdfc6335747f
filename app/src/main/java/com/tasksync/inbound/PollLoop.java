package com.tasksync.inbound;

import com.tasksync.engine.BackgroundLoop;
import com.tasksync.engine.SyncEngineProperties;
import java.time.Duration;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/** Runs the inbound poll in the background when configured to, looking for a due org every second. */
@Component
class PollLoop implements SmartLifecycle {

    private final InboundPoller poller;
    private final SyncEngineProperties properties;
    private BackgroundLoop loop;

    PollLoop(InboundPoller poller, SyncEngineProperties properties) {
        this.poller = poller;
        this.properties = properties;
    }

    @Override
    public void start() {
        if (properties.background()) {
            loop = new BackgroundLoop("inbound-poll", Duration.ofSeconds(1), poller::pollOnce).start();
        }
    }

    @Override
    public void stop() {
        try {
            if (loop != null) {
                loop.close();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        loop = null;
    }

    @Override
    public boolean isRunning() {
        return loop != null;
    }
}
