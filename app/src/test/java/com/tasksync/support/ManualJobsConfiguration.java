package com.tasksync.support;

import com.github.kagkarlsson.scheduler.task.OnStartup;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.testhelper.ManualScheduler;
import com.github.kagkarlsson.scheduler.testhelper.SettableClock;
import com.github.kagkarlsson.scheduler.testhelper.TestHelper;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * db-scheduler stepped by hand: the app's jobs run only when a test asks ({@link
 * ManualScheduler#runAnyDueExecutions()}), on the test's thread, and "now" is the app's clock. Tests
 * that run sync in the background ({@code tasksync.sync.background=true}) get the real scheduler.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ManualJobsConfiguration {

    @Bean
    @ConditionalOnBooleanProperty(name = "tasksync.sync.background", havingValue = false)
    @SuppressWarnings({"unchecked", "rawtypes"})
    ManualScheduler scheduler(DataSource dataSource, List<Task<?>> tasks, MutableClock clock) {
        var startTasks = tasks.stream().filter(OnStartup.class::isInstance).map(task -> (Task & OnStartup) task)
                .toList();
        var otherTasks = tasks.stream().filter(task -> !(task instanceof OnStartup)).toList();
        return TestHelper.createManualScheduler(new TransactionAwareDataSourceProxy(dataSource), otherTasks)
                .clock(new AppClock(clock)).startTasks((List) startTasks).build();
    }

    /** The scheduler's "now" is the app's, which tests may stop and move. */
    static final class AppClock extends SettableClock {

        private final MutableClock clock;

        AppClock(MutableClock clock) {
            this.clock = clock;
        }

        @Override
        public Instant now() {
            return clock.instant();
        }
    }
}
