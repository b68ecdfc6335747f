package com.tasksync.sync;

import com.tasksync.system.JsonInput;
import com.tasksync.system.FieldProblem;
import com.tasksync.system.InvalidInputException;
import com.tasksync.system.QueryParameters;
import com.tasksync.user.SignedInUser;
import java.util.ArrayList;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** {@code /api/sync}: the sync switch, its state, and the sync activity log. */
@RestController
@RequestMapping("/api/sync")
class SyncController {

    private static final int MAX_SIZE = 200;

    private final SyncSettings settings;
    private final SyncLog log;

    SyncController(SyncSettings settings, SyncLog log) {
        this.settings = settings;
        this.log = log;
    }

    @GetMapping
    SyncStatus status(@AuthenticationPrincipal SignedInUser user) {
        return settings.status(user.id());
    }

    @PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    SyncStatus switchTo(@AuthenticationPrincipal SignedInUser user, @RequestBody JsonNode body) {
        var input = JsonInput.of(body, Set.of("enabled"), Set.of("state", "connected", "progress",
                "firstEnabledAt", "enabledAt", "lastSyncAt", "lastError"));
        var enabled = input.bool("enabled");
        if (enabled == null && !input.hasProblem("enabled")) {
            input.problem("enabled", "is required");
        }
        input.throwIfInvalid();
        return settings.switchTo(user.id(), enabled);
    }

    /** Tries again what failed: tasks in error and Salesforce records set aside. */
    @PostMapping("/retry")
    SyncStatus retry(@AuthenticationPrincipal SignedInUser user) {
        return settings.retry(user.id());
    }

    @GetMapping("/log")
    SyncLogEntryPage log(
            @AuthenticationPrincipal SignedInUser user,
            @RequestParam(required = false) String page,
            @RequestParam(required = false) String size) {
        var problems = new ArrayList<FieldProblem>();
        var pageNumber = QueryParameters.wholeNumber("page", page, 0, 0, Integer.MAX_VALUE / MAX_SIZE, problems);
        var pageSize = QueryParameters.wholeNumber("size", size, 50, 1, MAX_SIZE, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return log.page(user.id(), pageNumber, pageSize);
    }
}
