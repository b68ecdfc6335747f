package com.tasksync.emulator.pubsub;

import com.tasksync.emulator.org.User;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which users hold the View All Data permission, as far as the Pub/Sub API needs to know: set
 * through the admin API, none by default. A stand-in until users carry their permissions.
 */
public final class ViewAllData {

    private final Set<String> userIds = ConcurrentHashMap.newKeySet();

    public boolean granted(User user) {
        return userIds.contains(user.id());
    }

    public void grant(User user, boolean granted) {
        if (granted) {
            userIds.add(user.id());
        } else {
            userIds.remove(user.id());
        }
    }
}
