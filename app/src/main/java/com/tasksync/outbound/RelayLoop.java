package com.tasksync.outbound;

import com.tasksync.sync.SyncWentLive;
import com.tasksync.system.LoopLifecycle;
import com.tasksync.task.TaskChanged;
import java.time.Duration;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Runs the relay in the background when configured to: woken right after a task change commits,
 * so a change starts out at once, and every second for retries that fall due. As many relays run side
 * by side as calls may be in flight ({@code tasksync.sync.calls-in-flight}): each claims its own
 * entries (one per task), so changes that come while others are on their way go out at once, and
 * {@link OutboundSender} keeps the org's calls in flight within the bound.
 */
@Component
class RelayLoop extends LoopLifecycle {

    RelayLoop(OutboxRelay relay, OutboundProperties properties) {
        super("outbox-relay", Duration.ofSeconds(1), relay::relayOnce, properties.background(),
                properties.callsInFlight());
    }

    /** A change sync brought from Salesforce has nothing to send: only changes made in TaskSync wake the relay. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void afterCommit(TaskChanged event) {
        if (event.origin() == TaskChanged.Origin.LOCAL) {
            wake();
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void afterCommit(com.tasksync.task.TasksChanged event) {
        if (event.origin() == TaskChanged.Origin.LOCAL) {
            wake();
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void syncWentLive(SyncWentLive event) {
        wake();
    }
}
