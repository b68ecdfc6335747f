package com.tasksync.task;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The idempotency key purge as a recurring db-scheduler job, {@value #NAME}: one node purges at a time. */
@Configuration(proxyBeanMethods = false)
class IdempotencyKeyPurgeScheduling {

    static final String NAME = "idempotency-key-purge";

    @Bean
    RecurringTask<Void> idempotencyKeyPurgeTask(IdempotencyKeyPurgeJob job, TaskProperties properties) {
        return Tasks.recurring(NAME, FixedDelay.of(properties.purgeInterval()))
                .execute((instance, context) -> job.purgeOnce());
    }
}
