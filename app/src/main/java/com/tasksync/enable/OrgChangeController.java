package com.tasksync.enable;

import com.tasksync.system.JsonInput;
import com.tasksync.user.SignedInUser;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /api/sync/org-change}: the user's answer while sync waits in {@code org_changed}, as
 * {@code {"tasks": "keep"}} (the linked tasks stay in TaskSync only) or {@code {"tasks": "send"}} (they
 * go to the connected org). 409 when no change of org waits for an answer.
 */
@RestController
class OrgChangeController {

    private final OrgChange orgChange;

    OrgChangeController(OrgChange orgChange) {
        this.orgChange = orgChange;
    }

    @PostMapping(path = "/api/sync/org-change", consumes = MediaType.APPLICATION_JSON_VALUE)
    OrgChange.Outcome resolve(@AuthenticationPrincipal SignedInUser user, @RequestBody JsonNode body) {
        var input = JsonInput.of(body, Set.of("tasks"), Set.of());
        var choice = input.choice("tasks", OrgChange.Choice.BY_NAME);
        if (choice == null && !input.hasProblem("tasks")) {
            input.problem("tasks", "is required: keep or send");
        }
        input.throwIfInvalid();
        return orgChange.resolve(user.id(), choice);
    }
}
