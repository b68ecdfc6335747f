package com.tasksync.web;

import com.tasksync.task.TaskQuery;
import com.tasksync.task.TaskQueryReader;
import com.tasksync.task.Tasks;
import com.tasksync.user.SignedInUser;
import com.tasksync.user.Users;
import java.util.Locale;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** All tasks with the API's filters, and Trash, which is the same list in its {@code trash} view. */
@Controller
class TaskListPages {

    private final Tasks tasks;
    private final Users users;
    private final PeopleWords words;
    private final TaskNames names;

    TaskListPages(Tasks tasks, Users users, PeopleWords words, TaskNames names) {
        this.names = names;
        this.words = words;
        this.tasks = tasks;
        this.users = users;
    }

    @GetMapping("/tasks")
    String allTasks(
            @AuthenticationPrincipal SignedInUser user,
            @RequestParam(required = false) String view,
            @RequestParam(required = false) String dueFrom,
            @RequestParam(required = false) String dueTo,
            @RequestParam(required = false) String page,
            @RequestParam(required = false) String q,
            Model model) {
        TaskQuery query;
        model.addAttribute("q", q);
        model.addAttribute("bulk", true);
        try {
            query = TaskQueryReader.read(view, dueFrom, dueTo, page, null, q);
        } catch (com.tasksync.system.InvalidInputException e) {
            // the page stays, with what was typed and why it cannot be used; the list shows all tasks meanwhile
            model.addAttribute("error", e.problems().stream().map(words::of)
                    .collect(java.util.stream.Collectors.joining(" ")));
            model.addAttribute("typedFrom", dueFrom);
            model.addAttribute("typedTo", dueTo);
            query = TaskQueryReader.read(null, null, null, null, null);
        }
        return render(user, query, model, "tasks");
    }

    @GetMapping("/trash")
    String trash(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) String page, Model model) {
        var query = TaskQueryReader.read("trash", null, null, page, null);
        return render(user, query, model, "trash");
    }

    private String render(SignedInUser user, TaskQuery query, Model model, String template) {
        var zone = users.timeZoneOf(user.id());
        var result = tasks.list(user.id(), query, () -> zone);
        model.addAttribute("zone", zone);
        model.addAttribute("query", query);
        model.addAttribute("view", query.view().name().toLowerCase(Locale.ROOT));
        model.addAttribute("result", result);
        names.addTo(model, user.id(), result.items());
        model.addAttribute("lastPage", Math.max(0, (result.totalItems() - 1) / query.size()));
        return template;
    }
}
