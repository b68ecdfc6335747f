package com.tasksync.emulator.pubsub;

import com.tasksync.emulator.org.Directory;
import com.tasksync.emulator.org.Permission;
import com.tasksync.emulator.org.User;
import java.util.EnumSet;

/**
 * The View All Data permission as the Pub/Sub API needs it: read from, and set in, the user's org's
 * access control — the same permission the REST API's sharing follows. Giving it up also takes Modify
 * All Data, which needs it.
 */
public final class ViewAllData {

    private final Directory directory;

    public ViewAllData(Directory directory) {
        this.directory = directory;
    }

    public boolean granted(User user) {
        return directory.org(user.orgId()).map(org -> org.access().has(user.id(), Permission.VIEW_ALL_DATA))
                .orElse(false);
    }

    public void grant(User user, boolean granted) {
        directory.org(user.orgId()).ifPresent(org -> {
            var permissions = EnumSet.noneOf(Permission.class);
            permissions.addAll(org.access().permissions(user.id()));
            if (granted) {
                permissions.add(Permission.VIEW_ALL_DATA);
            } else {
                permissions.remove(Permission.VIEW_ALL_DATA);
                permissions.remove(Permission.MODIFY_ALL_DATA);
            }
            org.access().grant(user.id(), permissions);
        });
    }
}
