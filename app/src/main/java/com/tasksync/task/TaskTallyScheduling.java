package com.tasksync.task;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Folds the task tallies ({@link TaskTallies#fold}) every {@code tasksync.tasks.tally-fold-interval}, one node at a time. */
@Configuration(proxyBeanMethods = false)
class TaskTallyScheduling {

    static final String NAME = "task-tally-fold";

    @Bean
    RecurringTask<Void> taskTallyFoldTask(TaskTallies tallies, TaskProperties properties) {
        return Tasks.recurring(NAME, FixedDelay.of(properties.tallyFoldInterval()))
                .execute((instance, context) -> tallies.fold());
    }
}
