package com.tasksync.emulator.admin;

import com.tasksync.emulator.http.Router;
import com.tasksync.emulator.org.Directory;

/** Registers the test-only admin API under /__admin/. */
public final class AdminEndpoints {

    private AdminEndpoints() {
    }

    public static void register(Router router, Directory directory, Faults faults) {
    }
}
