package com.tasksync.demo;

import com.tasksync.TaskSyncApplication;
import org.springframework.boot.SpringApplication;

/**
 * Starts TaskSync as the default run: the {@code demo} profile, an embedded PostgreSQL unless
 * {@code spring.datasource.url} names one, and the bundled Salesforce emulator with a demo org.
 */
public final class TaskSyncDemo {

    private TaskSyncDemo() {}

    public static void main(String[] args) {
        var application = new SpringApplication(TaskSyncApplication.class);
        application.setAdditionalProfiles("demo");
        application.run(args);
    }
}
