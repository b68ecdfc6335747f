package com.tasksync.sync;

import com.tasksync.connection.ConnectionChanged;
import com.tasksync.connection.Connections;
import java.time.Clock;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sync switch: stores the user's choice and the state sync starts in. Enabling without a
 * Salesforce connection leaves the state at {@code reconnect} until the user connects.
 */
@Service
public class SyncSettings {

    private final SyncSettingRepository repository;
    private final Connections connections;
    private final ApplicationEventPublisher events;
    private final SyncHealth health;
    private final SyncAccounts accounts;
    private final Clock clock;

    SyncSettings(SyncSettingRepository repository, Connections connections, ApplicationEventPublisher events,
            SyncHealth health, SyncAccounts accounts, Clock clock) {
        this.accounts = accounts;
        this.repository = repository;
        this.connections = connections;
        this.events = events;
        this.health = health;
        this.clock = clock;
    }

    /** The status users see: what is stored, with the engine's current problem and what needs the user. */
    public SyncStatus status(UUID userId) {
        var connected = connections.isConnected(userId);
        return health.present(userId, repository.find(userId)
                .map(status -> withConnected(status, connected))
                .orElseGet(() -> SyncStatus.never(connected)));
    }

    /** Whether the user switched sync on (whatever its state): what decides that a new task is sent. */
    public boolean enabled(UUID userId) {
        return repository.enabled(userId);
    }

    /** The stored status alone, for the engine's own decisions. */
    public SyncStatus storedStatus(UUID userId) {
        var connected = connections.isConnected(userId);
        return repository.find(userId).map(status -> withConnected(status, connected))
                .orElseGet(() -> SyncStatus.never(connected));
    }

    @Transactional
    public SyncStatus switchTo(UUID userId, boolean enabled) {
        var connected = connections.isConnected(userId);
        var current = repository.findForUpdate(userId).orElseGet(() -> SyncStatus.never(connected));
        if (current.enabled() == enabled) {
            return withConnected(current, connected);
        }
        var now = clock.instant();
        if (current.state() == SyncState.ORG_CHANGED) {
            // the switch is kept, but nothing starts until the user says what becomes of the linked tasks
            var held = new SyncStatus(enabled, SyncState.ORG_CHANGED, connected, current.progress(),
                    enabled && current.firstEnabledAt() == null ? now : current.firstEnabledAt(),
                    enabled ? now : current.enabledAt(), current.lastSyncAt(), current.lastError());
            repository.save(userId, held);
            return health.present(userId, held);
        }
        var firstEnable = enabled && current.firstEnabledAt() == null;
        var next = enabled
                ? new SyncStatus(true, connected ? SyncState.IMPORTING : SyncState.RECONNECT, connected,
                        new SyncStatus.Progress(0, null), firstEnable ? now : current.firstEnabledAt(), now,
                        current.lastSyncAt(), null)
                : new SyncStatus(false, SyncState.OFF, connected, new SyncStatus.Progress(0, null),
                        current.firstEnabledAt(), current.enabledAt(), current.lastSyncAt(), current.lastError());
        repository.save(userId, next);
        if (!enabled) {
            repository.forgetProblems(userId, now);
        }
        events.publishEvent(new SyncSwitched(userId, enabled, firstEnable));
        return health.present(userId, next);
    }

    /**
     * A connection made while sync waits for one lets the waiting sync start; losing the
     * connection while sync is on leaves it waiting for the user to reconnect. A connection to another
     * org than the one the user's tasks are linked to holds sync, on or off, in {@code org_changed} until
     * the user says what becomes of those tasks; with no task linked there, the old org is forgotten.
     */
    @EventListener
    @Transactional
    public void connectionChanged(ConnectionChanged event) {
        if (event.connected() && event.orgId() != null) {
            var linkedOrg = accounts.linkedOrgOtherThan(event.userId(), event.orgId());
            if (linkedOrg.isPresent()) {
                orgChanged(event.userId(), linkedOrg.get(), event.orgId());
                return;
            }
            accounts.forgetOrgOtherThan(event.userId(), event.orgId());
        }
        repository.findForUpdate(event.userId()).filter(SyncStatus::enabled).ifPresent(status -> {
            if (event.connected() && status.state() == SyncState.RECONNECT) {
                repository.save(event.userId(), new SyncStatus(true, SyncState.IMPORTING, true,
                        new SyncStatus.Progress(0, null), status.firstEnabledAt(), status.enabledAt(),
                        status.lastSyncAt(), null));
            } else if (!event.connected()) {
                repository.save(event.userId(), new SyncStatus(true, SyncState.RECONNECT, false, status.progress(),
                        status.firstEnabledAt(), status.enabledAt(), status.lastSyncAt(),
                        "The Salesforce connection was removed; connect again to resume sync."));
            }
        });
    }

    /**
     * True while sync waits for the user to say what becomes of the tasks linked to another org; the
     * user's sync row stays locked until the caller's transaction ends, so two answers never both apply.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public boolean lockOrgChange(UUID userId) {
        return repository.findForUpdate(userId).map(status -> status.state() == SyncState.ORG_CHANGED).orElse(false);
    }

    /**
     * The user has said what becomes of the tasks linked to the other org (the caller did it, in this
     * transaction): sync starts afresh in the connected org, with a first sync when it is on.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public SyncStatus orgChangeResolved(UUID userId) {
        var connected = connections.isConnected(userId);
        var current = repository.findForUpdate(userId).orElseGet(() -> SyncStatus.never(connected));
        var now = clock.instant();
        var next = current.enabled()
                ? new SyncStatus(true, connected ? SyncState.IMPORTING : SyncState.RECONNECT, connected,
                        new SyncStatus.Progress(0, null), current.firstEnabledAt(), now, null, null)
                : new SyncStatus(false, SyncState.OFF, connected, new SyncStatus.Progress(0, null),
                        current.firstEnabledAt(), current.enabledAt(), null, null);
        repository.save(userId, next);
        if (current.enabled()) {
            events.publishEvent(new SyncSwitched(userId, true, false));
        }
        return health.present(userId, next);
    }

    /**
     * Holds the user's sync in {@code org_changed}: the user is connected to {@code connectedOrg} while
     * tasks are linked to records of {@code linkedOrg}.
     */
    @Transactional
    public void holdForOrgChange(UUID userId, String linkedOrg, String connectedOrg) {
        orgChanged(userId, linkedOrg, connectedOrg);
    }

    private void orgChanged(UUID userId, String linkedOrg, String connectedOrg) {
        var status = repository.findForUpdate(userId).orElseGet(() -> SyncStatus.never(true));
        repository.save(userId, new SyncStatus(status.enabled(), SyncState.ORG_CHANGED, true, new SyncStatus.Progress(0, null),
                status.firstEnabledAt(), status.enabledAt(), status.lastSyncAt(),
                "You connected to Salesforce org " + connectedOrg + ", but your synced tasks are linked to org "
                        + linkedOrg + ". Choose whether to keep them in TaskSync only or to send them to the new org."));
        repository.forgetProblems(userId, clock.instant());
    }

    /**
     * The user asks to try again what failed: the engine sends tasks in error once more and reads
     * records set aside afresh. Noted in the sync log.
     */
    @Transactional
    public SyncStatus retry(UUID userId) {
        repository.logRetry(userId, clock.instant());
        events.publishEvent(new SyncRetryRequested(userId));
        return status(userId);
    }

    /** Records the progress of a running job; used by the sync engine. */
    @Transactional
    public void saveStatus(UUID userId, SyncStatus status) {
        repository.save(userId, status);
    }

    private static SyncStatus withConnected(SyncStatus status, boolean connected) {
        return new SyncStatus(status.enabled(), status.state(), connected, status.progress(),
                status.firstEnabledAt(), status.enabledAt(), status.lastSyncAt(), status.lastError());
    }
}
