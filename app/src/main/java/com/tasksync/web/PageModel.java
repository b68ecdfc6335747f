package com.tasksync.web;

import com.tasksync.user.SignedInUser;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout needs: who is signed in and the page's own address, to return to after a form. */
@ControllerAdvice(basePackageClasses = PageModel.class)
class PageModel {

    @ModelAttribute("me")
    SignedInUser me(@AuthenticationPrincipal SignedInUser user) {
        return user;
    }

    @ModelAttribute("currentUrl")
    String currentUrl(HttpServletRequest request) {
        var query = request.getQueryString();
        return request.getRequestURI() + (query == null ? "" : "?" + query);
    }
}
