package com.tasksync.web;

import com.tasksync.system.ConflictException;
import com.tasksync.system.InvalidInputException;
import com.tasksync.task.TaskFieldsReader;
import com.tasksync.task.Tasks;
import com.tasksync.user.SignedInUser;
import com.tasksync.user.Users;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Edits every field of one task. The form carries the version it was read at, so a save over
 * someone else's newer change is refused and the page shows the current task instead.
 */
@Controller
class TaskEditPage {

    private final Tasks tasks;
    private final Users users;
    private final Words words;
    private final TaskNames names;

    TaskEditPage(Tasks tasks, Users users, Words words, TaskNames names) {
        this.names = names;
        this.tasks = tasks;
        this.users = users;
        this.words = words;
    }

    @GetMapping("/tasks/{id}/edit")
    String edit(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            @RequestParam(required = false) String returnTo, Model model) {
        var task = tasks.get(user.id(), id);
        var zone = users.timeZoneOf(user.id());
        model.addAttribute("task", task);
        model.addAttribute("form", TaskFormView.of(task, zone));
        if (model.getAttribute("draft") instanceof java.util.Map<?, ?> draft) {
            // sent after the session ended: what was typed, at the version it was typed on
            var typed = new org.springframework.util.LinkedMultiValueMap<String, String>();
            draft.forEach((name, value) -> typed.add((String) name, (String) value));
            var version = typed.getFirst("version");
            model.addAttribute("form", TaskFormView.of(typed,
                    version != null && version.matches("\\d{1,18}") ? Long.parseLong(version) : task.version()));
        }
        model.addAttribute("returnTo", returnTo == null ? "/" : returnTo);
        names.addTo(model, user.id(), java.util.List.of(task));
        return "task-edit";
    }

    @PostMapping("/tasks/{id}/edit")
    String save(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            @RequestParam MultiValueMap<String, String> form,
            @RequestParam(required = false) Long version,
            @RequestParam(required = false) String returnTo,
            Model model,
            RedirectAttributes flash) {
        var zone = users.timeZoneOf(user.id());
        var body = TaskForm.toJson(form, zone);
        try {
            var task = tasks.update(user.id(), id, version, current -> TaskFieldsReader.patch(body, current));
            flash.addFlashAttribute("notice", words.get("tasks.notice.saved", task.subject()));
            return ReturnTo.redirect(returnTo, "/");
        } catch (InvalidInputException e) {
            var task = tasks.get(user.id(), id);
            model.addAttribute("errors", e.problems());
            model.addAttribute("task", task);
            model.addAttribute("form", TaskFormView.of(form, task.version()));
        } catch (ConflictException e) {
            // changed elsewhere meanwhile: the rep's text stays in the form (now at the current version, so
            // saving again keeps it) and the current task is shown beside it
            var task = tasks.get(user.id(), id);
            model.addAttribute("error", words.get("tasks.edit.changed-elsewhere"));
            model.addAttribute("task", task);
            model.addAttribute("form", TaskFormView.of(form, task.version()));
            model.addAttribute("current", TaskFormView.of(task, zone));
            model.addAttribute("zone", zone);
        }
        model.addAttribute("returnTo", returnTo == null ? "/" : returnTo);
        names.addTo(model, user.id(), java.util.List.of(tasks.get(user.id(), id)));
        return "task-edit";
    }
}
