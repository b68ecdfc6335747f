package com.tasksync.task;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Task store settings.
 *
 * @param trashRetention how long a task stays in Trash before it is purged
 * @param purgeInterval how often the purge jobs run (Trash and idempotency keys)
 * @param idempotencyKeyRetention how long an {@code Idempotency-Key} replays its create's answer
 * @param idempotencyKeyWait how long a create waits for another still running with its key before a 409
 * @param tallyFoldInterval how often each user's task tally rows are folded into one ({@link TaskTallies})
 */
@ConfigurationProperties("tasksync.tasks")
public record TaskProperties(
        @DefaultValue("30d") Duration trashRetention,
        @DefaultValue("1h") Duration purgeInterval,
        @DefaultValue("24h") Duration idempotencyKeyRetention,
        @DefaultValue("5s") Duration idempotencyKeyWait,
        @DefaultValue("5s") Duration tallyFoldInterval) {}
