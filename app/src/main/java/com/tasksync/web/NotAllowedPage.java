package com.tasksync.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** The page a signed-in user gets, with status 403, for a page that is not theirs (a rep on an admin page). */
@Controller
class NotAllowedPage {

    @RequestMapping("/not-allowed")
    String notAllowed(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        return "not-allowed";
    }
}
