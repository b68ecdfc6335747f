package com.tasksync.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in attempt, by form or by HTTP Basic, while its email and address are
 * blocked by the {@link SignInThrottle}: 429 for the API, a message on the sign-in page.
 */
class SignInThrottleFilter extends OncePerRequestFilter {

    private final SignInThrottle throttle;
    private final ProblemWriter problems;
    private final long retryAfterSeconds;

    SignInThrottleFilter(SignInThrottle throttle, ProblemWriter problems, long retryAfterSeconds) {
        this.throttle = throttle;
        this.problems = problems;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var formSignIn = "POST".equals(request.getMethod()) && "/login".equals(request.getServletPath());
        var email = formSignIn ? request.getParameter("email") : basicUser(request);
        if (email == null || !throttle.isBlocked(email, request.getRemoteAddr())) {
            chain.doFilter(request, response);
            return;
        }
        if (formSignIn) {
            response.sendRedirect(request.getContextPath() + "/login?throttled");
            return;
        }
        response.setHeader("Retry-After", Long.toString(retryAfterSeconds));
        problems.write(response, HttpStatus.TOO_MANY_REQUESTS, "Too many failed sign-ins; try again later.");
    }

    private static String basicUser(HttpServletRequest request) {
        var header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            var decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            var colon = decoded.indexOf(':');
            return colon < 0 ? null : decoded.substring(0, colon);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
