package com.tasksync.emulator.oauth;

import com.tasksync.emulator.http.Request;
import com.tasksync.emulator.http.Response;
import com.tasksync.emulator.org.ConnectedApp;
import com.tasksync.emulator.org.Directory;
import com.tasksync.emulator.org.User;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The web-server flow's pages: {@code GET authorize} checks the client and redirect URI and shows
 * the login form; the login post shows "Allow Access?"; the consent post redirects back with
 * {@code code} and {@code state}, or {@code error=access_denied}. The request travels between
 * the pages as a server-side ticket, so the pages only ever post a random ticket back.
 */
final class AuthorizePages {

    private final Directory directory;
    private final AuthorizationCodes codes;
    private final Map<String, Pending> tickets = new ConcurrentHashMap<>();

    AuthorizePages(Directory directory, AuthorizationCodes codes) {
        this.directory = directory;
        this.codes = codes;
    }

    /** An authorize request waiting for login and consent; {@code userId} is set once the user has logged in. */
    private record Pending(ConnectedApp app, String redirectUri, String state, String challenge, String method,
            String scope, String userId, Instant createdAt) {
        Pending withUser(String id) {
            return new Pending(app, redirectUri, state, challenge, method, scope, id, createdAt);
        }
    }

    Response start(Request request) {
        Map<String, String> q = request.query();
        ConnectedApp app = directory.app(q.get("client_id")).orElse(null);
        if (app == null) {
            return Html.error("invalid_client_id", "client identifier invalid");
        }
        String redirectUri = q.get("redirect_uri");
        if (redirectUri == null || !app.redirectUris().contains(redirectUri)) {
            return Html.error("redirect_uri_mismatch", "redirect_uri must match configuration");
        }
        if (!"code".equals(q.get("response_type"))) {
            return Response.redirect(redirectUri + separator(redirectUri) + "error=unsupported_response_type"
                    + "&error_description=" + encode("response type not supported") + stateParam(q.get("state")));
        }
        tickets.values().removeIf(this::expired);
        String ticket = directory.token(40);
        tickets.put(ticket, new Pending(app, redirectUri, q.get("state"), q.get("code_challenge"),
                q.getOrDefault("code_challenge_method", "S256"), Scopes.granted(q.get("scope")), null, directory.now()));
        return Html.login(ticket, "", null);
    }

    Response login(Request request) {
        Map<String, String> form = request.form();
        String ticket = form.get("ticket");
        Pending pending = live(ticket);
        if (pending == null) {
            return Html.error("invalid_request", "the login page has expired; start again from the application");
        }
        String password = form.get("password");
        User user = directory.userByUsername(form.get("username")).filter(User::active)
                .filter(u -> u.password().equals(password)).orElse(null);
        if (user == null) {
            return Html.login(ticket, form.get("username"),
                    "Please check your username and password. If you still can't log in, contact your Salesforce administrator.");
        }
        tickets.remove(ticket);
        String consentTicket = directory.token(40);
        tickets.put(consentTicket, pending.withUser(user.id()));
        return Html.consent(consentTicket, pending.app().name(), user.username(), pending.scope());
    }

    Response consent(Request request) {
        Map<String, String> form = request.form();
        Pending pending = tickets.remove(form.getOrDefault("ticket", ""));
        if (pending == null || pending.userId() == null || expired(pending)) {
            return Html.error("invalid_request", "the approval page has expired; start again from the application");
        }
        String back = pending.redirectUri() + separator(pending.redirectUri());
        if (!"allow".equals(form.get("decision"))) {
            return Response.redirect(back + "error=access_denied&error_description=" + encode("end-user denied authorization")
                    + stateParam(pending.state()));
        }
        String code = codes.issue(new AuthorizationCodes.Grant(pending.app().clientId(), pending.userId(),
                pending.redirectUri(), pending.challenge(), pending.method(), pending.scope(), directory.now()));
        return Response.redirect(back + "code=" + encode(code) + stateParam(pending.state()));
    }

    private Pending live(String ticket) {
        Pending pending = ticket == null ? null : tickets.get(ticket);
        return pending == null || expired(pending) || pending.userId() != null ? null : pending;
    }

    private boolean expired(Pending pending) {
        return directory.now().isAfter(pending.createdAt().plus(AuthorizationCodes.LIFETIME));
    }

    private static String separator(String uri) {
        return uri.contains("?") ? "&" : "?";
    }

    private static String stateParam(String state) {
        return state == null ? "" : "&state=" + encode(state);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
