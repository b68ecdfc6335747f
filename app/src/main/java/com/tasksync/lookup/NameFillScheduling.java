package com.tasksync.lookup;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The reading of missing names as a recurring db-scheduler job, {@value #NAME}: one node at a time. */
@Configuration(proxyBeanMethods = false)
class NameFillScheduling {

    static final String NAME = "salesforce-names";

    @Bean
    RecurringTask<Void> salesforceNamesTask(NameFillJob job,
            @Value("${tasksync.lookup.fill-interval:30s}") Duration interval) {
        return Tasks.recurring(NAME, FixedDelay.of(interval)).execute((instance, context) -> job.fillOnce());
    }
}
