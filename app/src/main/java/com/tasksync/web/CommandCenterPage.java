package com.tasksync.web;

import com.tasksync.task.Tasks;
import com.tasksync.user.SignedInUser;
import com.tasksync.user.Users;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: today's and tomorrow's open tasks in the user's zone, quick add, and the overdue
 * count; to a user who never picked a zone, it offers the browser's zone if that is another one.
 */
@Controller
class CommandCenterPage {

    private final Tasks tasks;
    private final Users users;
    private final TaskNames names;

    CommandCenterPage(Tasks tasks, Users users, TaskNames names) {
        this.names = names;
        this.tasks = tasks;
        this.users = users;
    }

    @GetMapping("/")
    String commandCenter(@AuthenticationPrincipal SignedInUser user, Model model) {
        var zone = users.timeZoneOf(user.id());
        model.addAttribute("zone", zone);
        var center = tasks.commandCenter(user.id(), zone);
        model.addAttribute("center", center);
        var shown = new java.util.ArrayList<>(center.dueToday());
        shown.addAll(center.dueTomorrow());
        names.addTo(model, user.id(), shown);
        model.addAttribute("proposeZone", !users.hasChosenTimeZone(user.id()));
        return "command-center";
    }
}
