package com.tasksync.lookup;

import com.tasksync.system.InvalidInputException;
import com.tasksync.user.SignedInUser;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/salesforce/lookup?field=who|what&q=text}: the Salesforce records a task's who or
 * what can point to whose name contains the text, as the caller's own Salesforce session sees them.
 */
@RestController
@RequestMapping("/api/salesforce/lookup")
class LookupController {

    private final SalesforceNames names;

    LookupController(SalesforceNames names) {
        this.names = names;
    }

    @GetMapping
    List<Named> search(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) String field,
            @RequestParam(required = false) String q) {
        var which = LookupField.of(field).orElseThrow(() -> InvalidInputException.of("field", "must be who or what"));
        return names.search(user.id(), which, q);
    }
}
