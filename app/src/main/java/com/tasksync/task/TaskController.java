package com.tasksync.task;

import com.tasksync.user.SignedInUser;
import com.tasksync.user.Users;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** {@code /api/tasks}: the signed-in user's tasks. Writes answer with the task and its ETag. */
@RestController
@RequestMapping("/api/tasks")
class TaskController {

    private static final String MERGE_PATCH = "application/merge-patch+json";

    private final Tasks tasks;
    private final Users users;

    TaskController(Tasks tasks, Users users) {
        this.tasks = tasks;
        this.users = users;
    }

    @GetMapping
    TaskPage<Task> list(
            @AuthenticationPrincipal SignedInUser user,
            @RequestParam(required = false) String view,
            @RequestParam(required = false) String dueFrom,
            @RequestParam(required = false) String dueTo,
            @RequestParam(required = false) String page,
            @RequestParam(required = false) String size) {
        var query = TaskQueryReader.read(view, dueFrom, dueTo, page, size);
        return tasks.list(user.id(), query, users.timeZoneOf(user.id()));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Task> create(@AuthenticationPrincipal SignedInUser user, @RequestBody JsonNode body) {
        var task = tasks.create(user.id(), TaskFieldsReader.forCreate(body));
        return ResponseEntity.created(URI.create("/api/tasks/" + task.id())).eTag(task.etag()).body(task);
    }

    @GetMapping("/{id}")
    ResponseEntity<Task> get(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id) {
        return withETag(tasks.get(user.id(), id));
    }

    @PatchMapping(path = "/{id}", consumes = {MERGE_PATCH, MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<Task> patch(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody JsonNode body) {
        var expected = ETags.expectedVersion(ifMatch);
        return withETag(tasks.update(user.id(), id, expected, current -> TaskFieldsReader.patch(body, current)));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        tasks.moveToTrash(user.id(), id, ETags.expectedVersion(ifMatch));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/complete")
    ResponseEntity<Task> complete(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return withETag(tasks.complete(user.id(), id, ETags.expectedVersion(ifMatch)));
    }

    @PostMapping("/{id}/reopen")
    ResponseEntity<Task> reopen(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return withETag(tasks.reopen(user.id(), id, ETags.expectedVersion(ifMatch)));
    }

    @PostMapping("/{id}/restore")
    ResponseEntity<Task> restore(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return withETag(tasks.restore(user.id(), id, ETags.expectedVersion(ifMatch)));
    }

    private static ResponseEntity<Task> withETag(Task task) {
        return ResponseEntity.ok().eTag(task.etag()).body(task);
    }
}
