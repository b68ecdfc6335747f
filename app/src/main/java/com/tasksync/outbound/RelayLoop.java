package com.tasksync.outbound;

import com.tasksync.engine.BackgroundLoop;
import com.tasksync.engine.SyncEngineProperties;
import com.tasksync.task.TaskChanged;
import java.time.Duration;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Runs the relay in the background when configured to: woken right after a task change commits,
 * so a change starts out at once, and every second for retries that fall due.
 */
@Component
class RelayLoop implements SmartLifecycle {

    private final OutboxRelay relay;
    private final SyncEngineProperties properties;
    private BackgroundLoop loop;

    RelayLoop(OutboxRelay relay, SyncEngineProperties properties) {
        this.relay = relay;
        this.properties = properties;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void afterCommit(TaskChanged event) {
        wake();
    }

    @org.springframework.context.event.EventListener
    void firstSyncFinished(com.tasksync.engine.FirstSyncFinished event) {
        wake();
    }

    void wake() {
        var current = loop;
        if (current != null) {
            current.wake();
        }
    }

    @Override
    public void start() {
        if (properties.background()) {
            loop = new BackgroundLoop("outbox-relay", Duration.ofSeconds(1), relay::relayOnce).start();
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
