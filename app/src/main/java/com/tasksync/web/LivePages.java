package com.tasksync.web;

import com.tasksync.sync.SyncSettings;
import com.tasksync.sync.SyncStatus;
import com.tasksync.task.Tasks;
import com.tasksync.user.SignedInUser;
import com.tasksync.user.Users;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Pages that refresh themselves: each page carries the stamp of what it shows, and its script
 * ({@code /js/live.js}) asks {@code /live/stamp} every few seconds whether that is still so. The stamp
 * is cheap (one aggregate over the user's tasks and the sync status) and changes when a task
 * changes on either side, when the sync state or its problem changes, and at the user's midnight
 * (the Command Center's "today" moves).
 */
@RestController
class LivePages {

    private final Tasks tasks;
    private final SyncSettings sync;
    private final Users users;
    private final Clock clock;

    LivePages(Tasks tasks, SyncSettings sync, Users users, Clock clock) {
        this.tasks = tasks;
        this.sync = sync;
        this.users = users;
        this.clock = clock;
    }

    @GetMapping(value = "/live/stamp", produces = MediaType.TEXT_PLAIN_VALUE)
    String stamp(@AuthenticationPrincipal SignedInUser user) {
        return of(user, sync.status(user.id()));
    }

    /** The stamp of what the user's pages show now, with {@code status} the user's sync status read just before. */
    String of(SignedInUser user, SyncStatus status) {
        var problem = status.problem() == null ? "-" : status.problem().code();
        return String.join(".", tasks.fingerprint(user.id()), status.state().value(), problem,
                Long.toString(status.tasksInError()), Long.toString(status.recordsSetAside()),
                LocalDate.now(clock.withZone(users.timeZoneOf(user.id()))).toString());
    }
}
