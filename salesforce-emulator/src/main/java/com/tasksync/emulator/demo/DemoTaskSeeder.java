package com.tasksync.emulator.demo;

import com.tasksync.emulator.org.Org;
import com.tasksync.emulator.org.User;

/** The hook through which the demo org gets its sample tasks, once the data store can hold them. */
@FunctionalInterface
public interface DemoTaskSeeder {

    /** Seeds nothing. */
    DemoTaskSeeder NONE = (org, owner) -> {
    };

    void seedTasks(Org org, User owner);
}
