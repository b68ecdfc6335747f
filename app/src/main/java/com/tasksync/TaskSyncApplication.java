package com.tasksync;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Starts the TaskSync service: the task store, its REST API, the web pages and sign-in. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class TaskSyncApplication {

    public static void main(String[] args) {
        SpringApplication.run(TaskSyncApplication.class, args);
    }
}
