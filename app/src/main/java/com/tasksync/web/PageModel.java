package com.tasksync.web;

import com.tasksync.user.SignedInUser;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page's layout needs: who is signed in, the page's own address (to return to after a
 * form) and the stamp of what it shows (for {@link LivePages}).
 */
@ControllerAdvice(basePackageClasses = PageModel.class)
class PageModel {

    private final LivePages live;

    PageModel(LivePages live) {
        this.live = live;
    }

    @ModelAttribute("me")
    SignedInUser me(@AuthenticationPrincipal SignedInUser user) {
        return user;
    }

    /** Taken before the page reads its data: a change made meanwhile shows now or at the next refresh, never not at all. */
    @ModelAttribute("liveStamp")
    String liveStamp(@AuthenticationPrincipal SignedInUser user, HttpServletRequest request) {
        return user == null || !"GET".equals(request.getMethod()) ? null : live.of(user);
    }

    @ModelAttribute("currentUrl")
    String currentUrl(HttpServletRequest request) {
        var query = request.getQueryString();
        return request.getRequestURI() + (query == null ? "" : "?" + query);
    }
}
