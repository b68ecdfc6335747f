package com.tasksync.outbound;

import com.tasksync.task.Task;
import com.tasksync.user.SignedInUser;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/tasks/{id}/retry} and {@code /unlink}: a rep's answer to a task sync could not send. */
@RestController
class TaskSyncActionsController {

    private final TaskSyncActions actions;

    TaskSyncActionsController(TaskSyncActions actions) {
        this.actions = actions;
    }

    @PostMapping("/api/tasks/{id}/retry")
    ResponseEntity<Task> retry(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id) {
        var task = actions.retry(user.id(), id);
        return ResponseEntity.ok().eTag(task.etag()).body(task);
    }

    @PostMapping("/api/tasks/{id}/unlink")
    ResponseEntity<Task> unlink(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id) {
        var task = actions.unlink(user.id(), id);
        return ResponseEntity.ok().eTag(task.etag()).body(task);
    }
}
