package com.tasksync.task;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Task store settings.
 *
 * @param trashRetention how long a task stays in Trash before it is purged
 * @param purgeInterval how often the purge job runs
 */
@ConfigurationProperties("tasksync.tasks")
public record TaskProperties(
        @DefaultValue("30d") Duration trashRetention, @DefaultValue("1h") Duration purgeInterval) {}
