package com.tasksync.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * How pages (not the API) meet a session that has ended or a page that is not theirs. A page opened
 * without a session goes to sign-in and comes back to that page afterwards. A form sent after the
 * session ended (its CSRF token went with the session) is kept as a draft: the rep signs in, lands on
 * the page the form was on, and finds what was typed in it. htmx requests get a 401 that tells htmx
 * to go to sign-in. A signed-in rep on an admin page gets the "not allowed" page, not a problem body.
 * All of this lives in the session as plain strings, so it works with sessions kept in the database.
 */
public final class PageSessions {

    /** The page (path and query) to open after sign-in. */
    static final String RETURN_TO = "tasksync.returnTo";
    /** What a form sent after the session ended carried, and the page it was sent from. */
    static final String DRAFT = "tasksync.draft";
    static final String DRAFT_PAGE = "tasksync.draftPage";
    static final String EXPIRED = "/login?expired";

    private static final Set<String> NEVER_KEPT = Set.of("_csrf", "password");
    private static final int MAX_VALUE = 32_000;

    private PageSessions() {
    }

    static AuthenticationEntryPoint signIn() {
        return (request, response, e) -> {
            if (isHtmx(request) || !wantsPage(request)) {
                toSignInFromScript(request, response);
                return;
            }
            if ("GET".equals(request.getMethod())) {
                request.getSession().setAttribute(RETURN_TO, pathAndQuery(request));
            }
            response.sendRedirect(request.getContextPath() + "/login");
        };
    }

    static AccessDeniedHandler refused() {
        var notAllowed = new AccessDeniedHandlerImpl();
        notAllowed.setErrorPage("/not-allowed");
        return (request, response, e) -> {
            if (e instanceof CsrfException && !signedIn()) {
                if ("/logout".equals(request.getServletPath())) {
                    response.sendRedirect(request.getContextPath() + "/login?signedOut");
                    return;
                }
                if (isHtmx(request)) {
                    toSignInFromScript(request, response);
                    return;
                }
                // only a form of our own pages is kept: a form posted from another site is dropped
                if (sameOrigin(request)) {
                    keepDraft(request);
                }
                response.setStatus(HttpServletResponse.SC_SEE_OTHER);
                response.setHeader("Location", request.getContextPath() + EXPIRED);
                return;
            }
            if (e instanceof CsrfException) {
                // signed in, but the form's token is not the session's: an old page, or another site's form
                request.setAttribute("formRefused", Boolean.TRUE);
            }
            notAllowed.handle(request, response, e);
        };
    }

    /** After sign-in: the page the rep was on, else the Command Center. */
    static AuthenticationSuccessHandler returnAfterSignIn(AuthenticationSuccessHandler before) {
        return (request, response, authentication) -> {
            before.onAuthenticationSuccess(request, response, authentication);
            HttpSession session = request.getSession(false);
            var target = session == null ? null : (String) session.getAttribute(RETURN_TO);
            if (session != null) {
                session.removeAttribute(RETURN_TO);
            }
            response.sendRedirect(request.getContextPath() + (safe(target) ? target : "/"));
        };
    }

    /** The draft kept for {@code page} (path and query), taken out of the session; null when none. */
    @SuppressWarnings("unchecked")
    public static Map<String, String> takeDraft(HttpServletRequest request, String page) {
        var session = request.getSession(false);
        if (session == null || !page.equals(session.getAttribute(DRAFT_PAGE))) {
            return null;
        }
        var draft = (Map<String, String>) session.getAttribute(DRAFT);
        session.removeAttribute(DRAFT);
        session.removeAttribute(DRAFT_PAGE);
        return draft;
    }

    private static void keepDraft(HttpServletRequest request) throws IOException {
        var page = refererPage(request);
        var fields = new HashMap<String, String>();
        request.getParameterMap().forEach((name, values) -> {
            if (!NEVER_KEPT.contains(name) && values.length > 0 && values[0].length() <= MAX_VALUE) {
                fields.put(name, values[0]);
            }
        });
        var session = request.getSession();
        session.setAttribute(RETURN_TO, page);
        session.setAttribute(DRAFT_PAGE, page);
        session.setAttribute(DRAFT, fields);
    }

    /** The request came from one of our pages: its Origin (when sent) and its Referer name this host. */
    private static boolean sameOrigin(HttpServletRequest request) {
        var origin = request.getHeader("Origin");
        var referer = request.getHeader("Referer");
        return (origin == null || sameHost(origin, request)) && referer != null && sameHost(referer, request);
    }

    private static boolean sameHost(String address, HttpServletRequest request) {
        try {
            var host = URI.create(address).getHost();
            return host != null && host.equalsIgnoreCase(request.getServerName());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void toSignInFromScript(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        response.setHeader("HX-Redirect", request.getContextPath() + EXPIRED);
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write("Your session has ended; sign in again.");
    }

    /** The page a form was sent from, when the Referer is one of ours; else the Command Center. */
    private static String refererPage(HttpServletRequest request) {
        var referer = request.getHeader("Referer");
        if (referer == null) {
            return "/";
        }
        try {
            var uri = URI.create(referer);
            if (uri.getHost() != null && !uri.getHost().equalsIgnoreCase(request.getServerName())) {
                return "/";
            }
            var path = uri.getRawPath();
            if (path == null || !path.startsWith(request.getContextPath() + "/")) {
                return "/";
            }
            var page = path.substring(request.getContextPath().length()) + (uri.getRawQuery() == null ? ""
                    : "?" + uri.getRawQuery());
            return safe(page) && !page.startsWith("/login") ? page : "/";
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }

    private static String pathAndQuery(HttpServletRequest request) {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        return path + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
    }

    /** A path on this site: starts with one slash, no scheme, no backslash, no line breaks. */
    static boolean safe(String target) {
        return target != null && target.startsWith("/") && !target.startsWith("//") && !target.contains("\\")
                && target.chars().noneMatch(c -> c < 0x20);
    }

    private static boolean wantsPage(HttpServletRequest request) {
        var accept = request.getHeader("Accept");
        return accept == null || accept.contains("text/html") || accept.contains("*/*") && !accept.contains("text/plain");
    }

    private static boolean isHtmx(HttpServletRequest request) {
        return request.getHeader("HX-Request") != null;
    }

    private static boolean signedIn() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }
}
