package com.tasksync.inbound;

import com.tasksync.user.SignedInUser;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/sync/set-aside}: the signed-in user's Salesforce records that could not be applied, with why. */
@RestController
class SetAsideController {

    /** The list, shaped like the other lists of the API. */
    record SetAsideList(List<SetAsideRecords.SetAside> items, long totalItems) {}

    private final SetAsideRecords records;

    SetAsideController(SetAsideRecords records) {
        this.records = records;
    }

    @GetMapping("/api/sync/set-aside")
    SetAsideList list(@AuthenticationPrincipal SignedInUser user) {
        var items = records.of(user.id());
        return new SetAsideList(items, items.size());
    }
}
