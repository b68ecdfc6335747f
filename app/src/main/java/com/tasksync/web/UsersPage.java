package com.tasksync.web;

import com.tasksync.user.NewUserReader;
import com.tasksync.user.SignedInUser;
import com.tasksync.user.TimeZones;
import com.tasksync.user.Users;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.node.JsonNodeFactory;

/** For admins: the team's users, a form to add one, and deactivation. Security keeps others out. */
@Controller
class UsersPage {

    private final Users users;
    private final Words words;

    UsersPage(Users users, Words words) {
        this.users = users;
        this.words = words;
    }

    @GetMapping("/admin/users")
    String list(Model model) {
        model.addAttribute("users", users.list());
        model.addAttribute("zones", TimeZones.ids());
        return "users";
    }

    @PostMapping("/admin/users")
    String create(@RequestParam String email, @RequestParam String password,
            @RequestParam(defaultValue = "UTC") String timeZone,
            @RequestParam(required = false) String admin, RedirectAttributes flash) {
        var body = JsonNodeFactory.instance.objectNode()
                .put("email", email)
                .put("password", password)
                .put("timeZone", timeZone)
                .put("admin", "on".equals(admin) || "true".equals(admin));
        var created = users.create(NewUserReader.read(body));
        flash.addFlashAttribute("notice", words.get("admin.notice.added", created.email()));
        return "redirect:/admin/users";
    }

    /** Deactivating asks first: the page says what it does and offers the button. */
    @org.springframework.web.bind.annotation.GetMapping("/admin/users/{id}/deactivate")
    String confirmDeactivate(@PathVariable UUID id, Model model) {
        model.addAttribute("user", users.get(id));
        return "deactivate-user";
    }

    @PostMapping("/admin/users/{id}/reactivate")
    String reactivate(@PathVariable UUID id, RedirectAttributes flash) {
        var user = users.reactivate(id);
        flash.addFlashAttribute("notice", words.get("admin.notice.reactivated", user.email()));
        return "redirect:/admin/users";
    }

    @PostMapping("/admin/users/{id}/deactivate")
    String deactivate(@AuthenticationPrincipal SignedInUser admin, @PathVariable UUID id, RedirectAttributes flash) {
        var user = users.deactivate(id, admin.id());
        flash.addFlashAttribute("notice", words.get("admin.notice.deactivated", user.email()));
        return "redirect:/admin/users";
    }
}
