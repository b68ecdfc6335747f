package com.tasksync.outbound;

import com.tasksync.sync.SyncBacklog;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The user's oldest outbox entry that still waits to be sent (blocked ones wait for the user). */
@Component
class OutboxBacklog implements SyncBacklog {

    private final OutboxRepository outbox;

    OutboxBacklog(OutboxRepository outbox) {
        this.outbox = outbox;
    }

    @Override
    public Instant oldestWaiting(UUID userId) {
        return outbox.oldestWaiting(userId);
    }
}
