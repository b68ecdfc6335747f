package com.tasksync.torture.deploy;

import com.tasksync.torture.http.HarnessHttpException;
import com.tasksync.torture.http.HtmlForms;
import com.tasksync.torture.http.Http;
import com.tasksync.torture.http.Json;
import com.tasksync.torture.http.Reply;
import com.tasksync.torture.tasksync.Credentials;
import java.net.URI;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * A browser that keeps its cookies by hand instead of in a cookie store, so that a test can send the
 * cookies one node gave to another node, as a load balancer without sticky sessions does.
 */
final class SessionBrowser {

    private final Http http = Http.withoutCookies();
    private final Map<String, String> cookies = new TreeMap<>();

    /** Signs in on the node's form: the page for a session and its CSRF token, then the post, which leads to /. */
    static SessionBrowser signIn(String node, Credentials user) {
        var browser = new SessionBrowser();
        var form = new LinkedHashMap<>(HtmlForms.hiddenInputs(browser.page(node, "/login").text()));
        form.put("email", user.email());
        form.put("password", user.password());
        var answer = browser.postForm(node, "/login", form);
        var landing = answer.location().map(location -> URI.create(node + "/").resolve(location).getPath());
        if (answer.status() != 302 || !landing.equals(Optional.of("/"))) {
            throw new HarnessHttpException("signing in as " + user.email() + " on " + node + " did not lead to /: "
                    + answer.status() + " " + answer.location().orElse("(no Location)"));
        }
        return browser;
    }

    /** The {@code Cookie} header this browser sends. */
    String cookies() {
        return cookies.entrySet().stream().map(cookie -> cookie.getKey() + "=" + cookie.getValue())
                .collect(Collectors.joining("; "));
    }

    /** A page, expected with 200. */
    Reply page(String node, String path) {
        var reply = get(node, path);
        if (reply.status() != 200) {
            throw new HarnessHttpException("GET " + node + path + " answered " + reply.brief());
        }
        return reply;
    }

    Reply get(String node, String path) {
        return send(node, "GET", path, Map.of("Accept", "text/html"), null);
    }

    Reply postForm(String node, String path, Map<String, String> fields) {
        return send(node, "POST", path, Map.of("Content-Type", "application/x-www-form-urlencoded"),
                HtmlForms.encode(fields));
    }

    /** The CSRF token of the page's first form, for a request the page's script would send. */
    String csrfToken(String node, String path) {
        var token = HtmlForms.hiddenInputs(page(node, path).text()).get("_csrf");
        if (token == null) {
            throw new HarnessHttpException(node + path + " has no form with a CSRF token");
        }
        return token;
    }

    /** A JSON request on the session, with the CSRF token in its header unless it is null. */
    Reply sendJson(String node, String method, String path, JsonNode body, String csrfToken) {
        var headers = new HashMap<String, String>();
        headers.put("Content-Type", "application/json");
        headers.put("Accept", "application/json");
        if (csrfToken != null) {
            headers.put("X-CSRF-TOKEN", csrfToken);
        }
        return send(node, method, path, headers, body == null ? null : Json.bytes(body));
    }

    private Reply send(String node, String method, String path, Map<String, String> headers, byte[] body) {
        var withCookies = new HashMap<>(headers);
        if (!cookies.isEmpty()) {
            withCookies.put("Cookie", cookies());
        }
        var reply = http.send(method, node + path, withCookies, body);
        for (var header : reply.headers().allValues("Set-Cookie")) {
            var pair = header.split(";", 2)[0];
            var name = pair.substring(0, Math.max(0, pair.indexOf('='))).strip();
            var value = pair.substring(pair.indexOf('=') + 1).strip();
            if (value.isEmpty() || header.toLowerCase(Locale.ROOT).contains("max-age=0")) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }
        return reply;
    }
}
