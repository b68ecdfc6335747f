package com.tasksync.support;

import com.tasksync.sync.SyncSwitched;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.event.EventListener;

/** Remembers every {@link SyncSwitched} the app publishes, for tests to inspect per user. */
@TestConfiguration(proxyBeanMethods = false)
public class RecordedSyncSwitches {

    private final List<SyncSwitched> events = new CopyOnWriteArrayList<>();

    @EventListener
    void on(SyncSwitched event) {
        events.add(event);
    }

    public List<SyncSwitched> of(UUID userId) {
        return events.stream().filter(e -> e.userId().equals(userId)).toList();
    }
}
