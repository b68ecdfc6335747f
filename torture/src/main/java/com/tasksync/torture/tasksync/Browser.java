package com.tasksync.torture.tasksync;

import com.tasksync.torture.http.HarnessHttpException;
import com.tasksync.torture.http.HtmlForms;
import com.tasksync.torture.http.Http;
import com.tasksync.torture.http.Reply;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A browser on one node: its own cookies, the sign-in form with its CSRF token, forms posted where
 * their pages say, and redirects read rather than followed, so each step can be checked.
 */
final class Browser {

    private static final Map<String, String> FORM = Map.of("Content-Type", "application/x-www-form-urlencoded");

    private final Http http = Http.withCookies();
    private final String node;

    Browser(String node) {
        this.node = node;
    }

    String node() {
        return node;
    }

    void signIn(Credentials user) {
        var page = expectPage(get(node + "/login"), "sign-in page");
        var form = new LinkedHashMap<>(HtmlForms.hiddenInputs(page.text()));
        form.put("email", user.email());
        form.put("password", user.password());
        var landing = redirect(post(node + "/login", form));
        if (landing.contains("error") || landing.contains("throttled")) {
            throw new HarnessHttpException("signing in as " + user.email() + " failed: " + landing);
        }
    }

    Reply get(String url) {
        return http.send("GET", url, Map.of(), null);
    }

    Reply post(String url, Map<String, String> fields) {
        return http.send("POST", url, FORM, HtmlForms.encode(fields));
    }

    /** Posts the first form of {@code page} (which came from {@code pageUrl}) to its action. */
    Reply postForm(String pageUrl, Reply page, Map<String, String> fields) {
        var action = URI.create(pageUrl).resolve(HtmlForms.formAction(page.text())).toString();
        return post(action, fields);
    }

    /** The absolute address a redirect points to; anything but a redirect is an error. */
    String redirect(Reply reply) {
        if (reply.status() / 100 != 3 || reply.location().isEmpty()) {
            throw new HarnessHttpException("expected a redirect, got " + reply.brief());
        }
        return URI.create(node + "/").resolve(reply.location().get()).toString();
    }

    Reply expectPage(Reply reply, String what) {
        if (reply.status() != 200) {
            throw new HarnessHttpException("the " + what + " page did not come: " + reply.brief());
        }
        return reply;
    }
}
