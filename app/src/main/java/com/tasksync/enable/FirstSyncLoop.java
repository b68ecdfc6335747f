package com.tasksync.enable;

import com.tasksync.connection.ConnectionChanged;
import com.tasksync.system.LoopLifecycle;
import com.tasksync.sync.SyncSwitched;
import java.time.Duration;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Runs first syncs in the background when configured to: woken as soon as a switch or a
 * connection is saved, so the first sync starts at once while the request has already returned.
 */
@Component
class FirstSyncLoop extends LoopLifecycle {

    FirstSyncLoop(FirstSyncJob job, EnableProperties properties) {
        super("first-sync", Duration.ofSeconds(5), () -> {
            job.runOnce();
            return 0;
        }, properties.background());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void switched(SyncSwitched event) {
        wake();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void connectionChanged(ConnectionChanged event) {
        wake();
    }
}
