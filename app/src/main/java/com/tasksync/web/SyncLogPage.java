package com.tasksync.web;

import com.tasksync.system.FieldProblem;
import com.tasksync.system.InvalidInputException;
import com.tasksync.system.QueryParameters;
import com.tasksync.sync.SyncLog;
import com.tasksync.user.SignedInUser;
import com.tasksync.user.Users;
import java.util.ArrayList;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The user's sync activity, newest first. */
@Controller
class SyncLogPage {

    private static final int PAGE_SIZE = 50;

    private final SyncLog log;
    private final Users users;

    SyncLogPage(SyncLog log, Users users) {
        this.log = log;
        this.users = users;
    }

    @GetMapping("/sync-log")
    String syncLog(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) String page,
            Model model) {
        var problems = new ArrayList<FieldProblem>();
        var number = QueryParameters.wholeNumber("page", page, 0, 0, 1_000_000, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        var result = log.page(user.id(), number, PAGE_SIZE);
        model.addAttribute("zone", users.timeZoneOf(user.id()));
        model.addAttribute("result", result);
        model.addAttribute("lastPage", Math.max(0, (result.totalItems() - 1) / PAGE_SIZE));
        return "sync-log";
    }
}
