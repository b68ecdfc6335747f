package com.tasksync.user;

import com.tasksync.system.BearerToken;
import com.tasksync.system.ProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends the session of a user an admin has deactivated, on their very next request, instead
 * of letting it run until it times out. A request signed in with an API token is let through
 * unread: the token's look-up in this request found its user active (one query, not two).
 */
@Component
class ActiveUserFilter extends OncePerRequestFilter {

    private final UserRepository users;
    private final ProblemWriter problems;

    ActiveUserFilter(UserRepository users, ProblemWriter problems) {
        this.users = users;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && !(authentication instanceof BearerToken)
                && authentication.getPrincipal() instanceof SignedInUser user
                && !users.findById(user.id()).map(UserAccount::active).orElse(false)) {
            var session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            SecurityContextHolder.clearContext();
            if (request.getServletPath().startsWith("/api/")) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"TaskSync\"");
                problems.write(request, response, HttpStatus.UNAUTHORIZED, "This account has been deactivated.");
            } else {
                response.sendRedirect(request.getContextPath() + "/login?error");
            }
            return;
        }
        chain.doFilter(request, response);
    }
}
