package com.tasksync.inbound;

import com.tasksync.task.Task;
import com.tasksync.user.SignedInUser;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/sync/conflicts}: the conflicts the rep has not looked at yet; keep what the merge kept, or
 * take the other value (an edit of the task, sent to Salesforce).
 */
@RestController
class TaskConflictsController {

    private final TaskConflicts conflicts;

    TaskConflictsController(TaskConflicts conflicts) {
        this.conflicts = conflicts;
    }

    @GetMapping("/api/sync/conflicts")
    Map<String, List<TaskConflicts.Conflict>> unseen(@AuthenticationPrincipal SignedInUser user) {
        return Map.of("items", conflicts.unseen(user.id()));
    }

    @PostMapping("/api/sync/conflicts/{id}/keep")
    ResponseEntity<Void> keep(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id) {
        conflicts.keep(user.id(), id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/sync/conflicts/{id}/use-other")
    ResponseEntity<Task> useOther(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id) {
        var task = conflicts.useOther(user.id(), id);
        return ResponseEntity.ok().eTag(task.etag()).body(task);
    }
}
