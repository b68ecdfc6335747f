package com.tasksync.task;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Deletes the idempotency keys older than {@code tasksync.tasks.idempotency-key-retention}; run every
 * {@code tasksync.tasks.purge-interval} by the {@link IdempotencyKeyPurgeScheduling} job. An expired key
 * is already free for a new request before it goes (see {@link IdempotencyKeys}); this keeps the table small.
 */
@Component
class IdempotencyKeyPurgeJob {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyKeyPurgeJob.class);

    private final IdempotencyKeyRepository repository;
    private final TaskProperties properties;
    private final Clock clock;

    IdempotencyKeyPurgeJob(IdempotencyKeyRepository repository, TaskProperties properties, Clock clock) {
        this.repository = repository;
        this.properties = properties;
        this.clock = clock;
    }

    /** Purges once and returns how many keys went. */
    int purgeOnce() {
        var purged = repository.deleteCreatedBefore(clock.instant().minus(properties.idempotencyKeyRetention()));
        if (purged > 0) {
            log.info("Purged {} expired idempotency keys", purged);
        }
        return purged;
    }
}
