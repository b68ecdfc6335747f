package com.tasksync.enable;

import com.tasksync.connection.ConnectionChanged;
import com.tasksync.engine.BackgroundLoop;
import com.tasksync.engine.SyncEngineProperties;
import com.tasksync.sync.SyncSwitched;
import java.time.Duration;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Runs first syncs in the background when configured to: woken as soon as a switch or a
 * connection is saved, so the first sync starts at once while the request has already returned.
 */
@Component
class FirstSyncLoop implements SmartLifecycle {

    private final FirstSyncJob job;
    private final SyncEngineProperties properties;
    private BackgroundLoop loop;

    FirstSyncLoop(FirstSyncJob job, SyncEngineProperties properties) {
        this.job = job;
        this.properties = properties;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void switched(SyncSwitched event) {
        wake();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void connectionChanged(ConnectionChanged event) {
        wake();
    }

    private void wake() {
        var current = loop;
        if (current != null) {
            current.wake();
        }
    }

    @Override
    public void start() {
        if (properties.background()) {
            loop = new BackgroundLoop("first-sync", Duration.ofSeconds(5), () -> { job.runOnce(); return 0; }).start();
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
