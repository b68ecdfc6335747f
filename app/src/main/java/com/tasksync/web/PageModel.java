package com.tasksync.web;

import com.tasksync.system.PageSessions;

import com.tasksync.sync.SyncSettings;
import com.tasksync.user.SignedInUser;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page's layout needs: who is signed in, the page's own address (to return to after a
 * form) and the stamp of what it shows (for {@link LivePages}).
 */
@ControllerAdvice(basePackageClasses = PageModel.class)
class PageModel {

    private final LivePages live;
    private final SyncSettings sync;
    private final com.tasksync.inbound.TaskConflicts conflicts;
    private final Words words;
    private final PeopleWords people;

    PageModel(LivePages live, SyncSettings sync, com.tasksync.inbound.TaskConflicts conflicts, Words words,
            PeopleWords people) {
        this.people = people;
        this.words = words;
        this.live = live;
        this.sync = sync;
        this.conflicts = conflicts;
    }

    /** The signed-in user's conflicts not looked at yet, by task, for the task rows that show them. */
    @ModelAttribute("conflicts")
    java.util.Map<java.util.UUID, java.util.List<com.tasksync.inbound.TaskConflicts.Conflict>> conflicts(
            @AuthenticationPrincipal SignedInUser user, HttpServletRequest request) {
        if (user == null || !"GET".equals(request.getMethod())) {
            return java.util.Map.of();
        }
        var byTask = new java.util.LinkedHashMap<java.util.UUID, java.util.List<com.tasksync.inbound.TaskConflicts.Conflict>>();
        conflicts.unseen(user.id()).forEach(conflict ->
                byTask.computeIfAbsent(conflict.taskId(), id -> new java.util.ArrayList<>()).add(conflict));
        return byTask;
    }

    @ModelAttribute("me")
    SignedInUser me(@AuthenticationPrincipal SignedInUser user) {
        return user;
    }

    /**
     * The stamp of what the page shows, taken before the page reads its data (a change made
     * meanwhile shows now or at the next refresh, never not at all), and the banner of a sync that
     * needs the rep; for whole pages, not for form posts or htmx fragments.
     */
    @ModelAttribute
    void liveState(@AuthenticationPrincipal SignedInUser user, HttpServletRequest request, Model model) {
        // Fragments that htmx polls (the Settings sync state) show neither the header nor the banner.
        if (user == null || !"GET".equals(request.getMethod()) || request.getHeader("HX-Request") != null) {
            return;
        }
        var status = sync.status(user.id());
        model.addAttribute("liveStamp", live.of(user, status));
        model.addAttribute("syncBanner", SyncBanner.of(status, words, people));
    }

    /**
     * What a form carried when it was sent after the session had ended ({@link PageSessions}): back on
     * the page it came from, once, after sign-in, so the rep sends it again instead of typing it again.
     */
    @ModelAttribute
    void draft(@AuthenticationPrincipal SignedInUser user, HttpServletRequest request, Model model) {
        if (user == null || !"GET".equals(request.getMethod()) || request.getHeader("HX-Request") != null) {
            return;
        }
        var path = request.getRequestURI().substring(request.getContextPath().length());
        var draft = PageSessions.takeDraft(request, path + (request.getQueryString() == null ? ""
                : "?" + request.getQueryString()));
        if (draft != null) {
            model.addAttribute("draft", draft);
            model.addAttribute("notice", words.get("layout.draft-back"));
        }
    }

    @ModelAttribute("currentUrl")
    String currentUrl(HttpServletRequest request) {
        var query = request.getQueryString();
        return request.getRequestURI() + (query == null ? "" : "?" + query);
    }
}
