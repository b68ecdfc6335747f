package com.tasksync.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs an API (or actuator) request in with its {@code Authorization: Bearer} token, for this
 * request only (nothing goes into a session). A token nobody knows is a 401 at once, never a
 * fall-through to anonymous access.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private static final String SCHEME = "Bearer";

    private final ApiTokenOwners owners;
    private final ProblemWriter problems;

    BearerTokenFilter(ApiTokenOwners owners, ProblemWriter problems) {
        this.owners = owners;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var header = request.getHeader("Authorization");
        if (!isBearer(header) || !takesTokens(request.getServletPath())) {
            chain.doFilter(request, response);
            return;
        }
        var strategy = SecurityContextHolder.getContextHolderStrategy();
        var owner = owners.ownerOf(header.substring(SCHEME.length()).strip());
        if (owner.isEmpty()) {
            strategy.clearContext();
            response.setHeader("WWW-Authenticate", "Bearer realm=\"TaskSync\", error=\"invalid_token\"");
            problems.write(request, response, HttpStatus.UNAUTHORIZED,
                    "This API token is unknown or revoked, or its user is deactivated.");
            return;
        }
        var context = strategy.createEmptyContext();
        context.setAuthentication(new BearerToken(owner.get()));
        strategy.setContext(context);
        chain.doFilter(request, response);
    }

    /** The API, and the actuator, so a Prometheus server can scrape with an admin's token instead of a password. */
    private static boolean takesTokens(String path) {
        return path.startsWith("/api/") || path.equals("/actuator") || path.startsWith("/actuator/");
    }

    private static boolean isBearer(String header) {
        return header != null && header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())
                && (header.length() == SCHEME.length() || header.charAt(SCHEME.length()) == ' ');
    }
}
