package com.tasksync.web;

import com.tasksync.inbound.TaskConflicts;
import com.tasksync.outbound.TaskSyncActions;
import com.tasksync.system.ConflictException;
import com.tasksync.task.TaskFieldsReader;
import com.tasksync.task.Tasks;
import com.tasksync.user.SignedInUser;
import com.tasksync.user.Users;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one-click forms on every task list: quick add, complete, reopen, delete and restore; their
 * notices in the page's language.
 */
@Controller
class TaskActions {

    private final Tasks tasks;
    private final Users users;
    private final Clock clock;
    private final TaskSyncActions sync;
    private final TaskConflicts conflicts;
    private final Words words;

    TaskActions(Tasks tasks, Users users, Clock clock, TaskSyncActions sync,
            TaskConflicts conflicts, Words words) {
        this.words = words;
        this.conflicts = conflicts;
        this.sync = sync;
        this.tasks = tasks;
        this.users = users;
        this.clock = clock;
    }

    @PostMapping("/tasks")
    String quickAdd(
            @AuthenticationPrincipal SignedInUser user,
            @RequestParam MultiValueMap<String, String> form,
            @RequestParam(required = false) String due,
            @RequestParam(required = false) String returnTo,
            RedirectAttributes flash) {
        var zone = users.timeZoneOf(user.id());
        var today = LocalDate.now(clock.withZone(zone));
        var fields = new LinkedMultiValueMap<String, String>();
        fields.add("subject", form.getFirst("subject") == null ? "" : form.getFirst("subject"));
        fields.add("type", form.getFirst("type") == null ? "todo" : form.getFirst("type"));
        fields.add("dueDate", "tomorrow".equals(due) ? today.plusDays(1).toString()
                : "none".equals(due) ? "" : today.toString());
        var task = tasks.create(user.id(), TaskFieldsReader.forCreate(TaskForm.toJson(fields, zone)));
        flash.addFlashAttribute("notice", words.get("tasks.notice.added", task.subject()));
        return ReturnTo.redirect(returnTo, "/");
    }

    @PostMapping("/tasks/{id}/complete")
    String complete(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            @RequestParam(required = false) String returnTo, RedirectAttributes flash) {
        var task = tasks.complete(user.id(), id, null);
        flash.addFlashAttribute("notice", words.get("tasks.notice.completed", task.subject()));
        flash.addFlashAttribute("undoUrl", "/tasks/" + id + "/reopen");
        return ReturnTo.redirect(returnTo, "/");
    }

    @PostMapping("/tasks/{id}/reopen")
    String reopen(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            @RequestParam(required = false) String returnTo, RedirectAttributes flash) {
        var task = tasks.reopen(user.id(), id, null);
        flash.addFlashAttribute("notice", words.get("tasks.notice.reopened", task.subject()));
        return ReturnTo.redirect(returnTo, "/");
    }

    @PostMapping("/tasks/{id}/delete")
    String delete(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            @RequestParam(required = false) String returnTo, RedirectAttributes flash) {
        var task = tasks.moveToTrash(user.id(), id, null);
        flash.addFlashAttribute("notice", words.get("tasks.notice.deleted", task.subject()));
        flash.addFlashAttribute("undoUrl", "/tasks/" + id + "/restore");
        return ReturnTo.redirect(returnTo, "/");
    }

    @PostMapping("/tasks/conflicts/{id}/use-other")
    String useOtherValue(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            @RequestParam(required = false) String returnTo, RedirectAttributes flash) {
        var task = conflicts.useOther(user.id(), id);
        flash.addFlashAttribute("notice", words.get("tasks.notice.other-value", task.subject()));
        return ReturnTo.redirect(returnTo, "/");
    }

    @PostMapping("/tasks/conflicts/{id}/keep")
    String keepValue(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            @RequestParam(required = false) String returnTo) {
        conflicts.keep(user.id(), id);
        return ReturnTo.redirect(returnTo, "/");
    }

    @PostMapping("/tasks/bulk")
    String bulk(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) java.util.List<UUID> ids,
            @RequestParam(required = false) String action, @RequestParam(required = false) String dueDate,
            @RequestParam(required = false) String returnTo, RedirectAttributes flash) {
        var chosen = action == null ? null : Tasks.BulkAction.BY_NAME.get(action);
        if (ids == null || ids.isEmpty() || chosen == null) {
            flash.addFlashAttribute("error", words.get("tasks.bulk.none-ticked"));
            return ReturnTo.redirect(returnTo, "/tasks");
        }
        if (ids.size() > Tasks.MAX_BULK) {
            flash.addFlashAttribute("error", words.get("tasks.bulk.too-many", Tasks.MAX_BULK));
            return ReturnTo.redirect(returnTo, "/tasks");
        }
        LocalDate due = null;
        if (chosen == Tasks.BulkAction.RESCHEDULE) {
            try {
                due = dueDate == null || dueDate.isBlank() ? null : LocalDate.parse(dueDate);
            } catch (java.time.format.DateTimeParseException e) {
                flash.addFlashAttribute("error", words.get("tasks.bulk.bad-date"));
                return ReturnTo.redirect(returnTo, "/tasks");
            }
        }
        var done = tasks.bulk(user.id(), ids, chosen, due);
        var count = done.size();
        flash.addFlashAttribute("notice", switch (chosen) {
            case COMPLETE -> words.get("tasks.notice.bulk.completed", count);
            case REOPEN -> words.get("tasks.notice.bulk.reopened", count);
            case DELETE -> words.get("tasks.notice.bulk.deleted", count);
            case RESCHEDULE -> due == null ? words.get("tasks.notice.bulk.cleared", count)
                    : words.get("tasks.notice.bulk.rescheduled", count, words.day(due));
        });
        return ReturnTo.redirect(returnTo, "/tasks");
    }

    @PostMapping("/tasks/{id}/retry")
    String retry(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            @RequestParam(required = false) String returnTo, RedirectAttributes flash) {
        try {
            var task = sync.retry(user.id(), id);
            flash.addFlashAttribute("notice", words.get("tasks.notice.retried", task.subject()));
        } catch (ConflictException e) {
            flash.addFlashAttribute("notice", words.get("tasks.notice.nothing-to-retry"));
        }
        return ReturnTo.redirect(returnTo, "/");
    }

    @PostMapping("/tasks/{id}/unlink")
    String unlink(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            @RequestParam(required = false) String returnTo, RedirectAttributes flash) {
        var task = sync.unlink(user.id(), id);
        flash.addFlashAttribute("notice", words.get("tasks.notice.unlinked", task.subject()));
        return ReturnTo.redirect(returnTo, "/");
    }

    @PostMapping("/tasks/{id}/restore")
    String restore(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            @RequestParam(required = false) String returnTo, RedirectAttributes flash) {
        var task = tasks.restore(user.id(), id, null);
        flash.addFlashAttribute("notice", words.get("tasks.notice.restored", task.subject()));
        // an Undo of a delete comes back to the page it was made on
        return ReturnTo.redirect(returnTo, "/trash");
    }
}
