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

/**
 * {@code /api/tasks}: the signed-in user's tasks. Writes answer with the task and its ETag. A create
 * with an {@code Idempotency-Key} goes through {@link IdempotencyKeys}, which may replay an earlier answer.
 */
@RestController
@RequestMapping("/api/tasks")
class TaskController {

    private static final String MERGE_PATCH = "application/merge-patch+json";
    private static final String REPLAYED = "Idempotent-Replayed";

    private final Tasks tasks;
    private final IdempotencyKeys idempotencyKeys;
    private final Users users;

    TaskController(Tasks tasks, IdempotencyKeys idempotencyKeys, Users users) {
        this.tasks = tasks;
        this.idempotencyKeys = idempotencyKeys;
        this.users = users;
    }

    @GetMapping
    TaskPage<Task> list(
            @AuthenticationPrincipal SignedInUser user,
            @RequestParam(required = false) String view,
            @RequestParam(required = false) String dueFrom,
            @RequestParam(required = false) String dueTo,
            @RequestParam(required = false) String page,
            @RequestParam(required = false) String size,
            @RequestParam(required = false) String q) {
        var query = TaskQueryReader.read(view, dueFrom, dueTo, page, size, q);
        return tasks.list(user.id(), query, () -> users.timeZoneOf(user.id()));
    }

    /**
     * {@code {"ids": [...], "action": "complete" | "reopen" | "delete" | "reschedule", "dueDate": "2026-06-10"}}
     * (the due date for reschedule only; null clears it): all the tasks change, or none.
     */
    @PostMapping(path = "/bulk", consumes = MediaType.APPLICATION_JSON_VALUE)
    java.util.Map<String, java.util.List<Task>> bulk(@AuthenticationPrincipal SignedInUser user,
            @RequestBody JsonNode body) {
        var input = com.tasksync.system.JsonInput.of(body, java.util.Set.of("ids", "action", "dueDate"),
                java.util.Set.of());
        var action = input.choice("action", Tasks.BulkAction.BY_NAME);
        if (action == null && !input.hasProblem("action")) {
            input.problem("action", "is required");
        }
        var ids = new java.util.ArrayList<UUID>();
        var idsNode = body.get("ids");
        if (idsNode == null || !idsNode.isArray() || idsNode.isEmpty() || idsNode.size() > Tasks.MAX_BULK) {
            input.problem("ids", "must be an array of 1 to " + Tasks.MAX_BULK + " task ids");
        } else {
            for (var id : idsNode) {
                try {
                    ids.add(UUID.fromString(id.isString() ? id.stringValue() : ""));
                } catch (IllegalArgumentException e) {
                    input.problem("ids", "must hold task ids (UUIDs) only");
                    break;
                }
            }
        }
        java.time.LocalDate dueDate = null;
        if (action == Tasks.BulkAction.RESCHEDULE) {
            if (!input.has("dueDate")) {
                input.problem("dueDate", "is required to reschedule (null clears the due date)");
            } else if (!input.isNull("dueDate")) {
                dueDate = input.date("dueDate");
            }
        } else if (input.has("dueDate")) {
            input.problem("dueDate", "is only taken by reschedule");
        }
        input.throwIfInvalid();
        return java.util.Map.of("items", tasks.bulk(user.id(), ids, action, dueDate));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> create(
            @AuthenticationPrincipal SignedInUser user,
            @RequestHeader(name = IdempotencyKey.HEADER, required = false) String idempotencyKey,
            @RequestBody JsonNode body) {
        var key = IdempotencyKey.parse(idempotencyKey);
        // Read before the key is claimed: a refused body is not an answer the key would replay.
        var fields = TaskFieldsReader.forCreate(body);
        if (key == null) {
            var task = tasks.create(user.id(), fields);
            return ResponseEntity.created(URI.create("/api/tasks/" + task.id())).eTag(task.etag()).body(task);
        }
        return answered(idempotencyKeys.create(user.id(), key, body, fields));
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

    /** A keyed create's answer, with the headers the first one had; a replay says so. */
    private static ResponseEntity<JsonNode> answered(IdempotencyKeys.Answer answer) {
        var task = answer.body();
        var response = ResponseEntity.status(answer.status())
                .location(URI.create("/api/tasks/" + task.get("id").stringValue()))
                .eTag("\"" + task.get("version").asLong() + "\"");
        if (answer.replayed()) {
            response.header(REPLAYED, "true");
        }
        return response.body(task);
    }

    private static ResponseEntity<Task> withETag(Task task) {
        return ResponseEntity.ok().eTag(task.etag()).body(task);
    }
}
