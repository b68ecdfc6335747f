package com.tasksync.task;

import com.tasksync.user.SignedInUser;
import com.tasksync.user.Users;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/command-center}: the open tasks due today and tomorrow in the user's time zone. */
@RestController
class CommandCenterController {

    private final Tasks tasks;
    private final Users users;

    CommandCenterController(Tasks tasks, Users users) {
        this.tasks = tasks;
        this.users = users;
    }

    @GetMapping("/api/command-center")
    CommandCenter commandCenter(@AuthenticationPrincipal SignedInUser user) {
        return tasks.commandCenter(user.id(), users.timeZoneOf(user.id()));
    }
}
