package com.tasksync.torture.tasksync;

import com.tasksync.torture.http.HarnessHttpException;
import com.tasksync.torture.http.HtmlForms;
import com.tasksync.torture.http.Http;
import com.tasksync.torture.http.Reply;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Connects a rep to Salesforce the way a browser does: sign in on TaskSync's form (with its
 * CSRF token and session cookie), press Connect, log in on the emulator's authorize page, allow
 * access, and follow the redirect back to TaskSync's callback in the same session.
 */
public final class SalesforceConnect {

    private static final Map<String, String> FORM = Map.of("Content-Type", "application/x-www-form-urlencoded");

    private final Http browser = Http.withCookies();
    private final String node;

    private SalesforceConnect(String node) {
        this.node = node;
    }

    public static void connect(String node, Credentials rep, String salesforceUsername, String salesforcePassword) {
        var flow = new SalesforceConnect(node);
        flow.signIn(rep);
        var authorizeUrl = flow.redirect(flow.browser.send("GET", node + "/settings/salesforce/connect", Map.of(), null));
        var loginPage = flow.expectPage(flow.browser.send("GET", authorizeUrl, Map.of(), null), "authorize");
        var login = new LinkedHashMap<>(HtmlForms.hiddenInputs(loginPage.text()));
        login.put("username", salesforceUsername);
        login.put("password", salesforcePassword);
        var consentPage = flow.expectPage(flow.postForm(authorizeUrl, loginPage, login), "emulator login");
        var consent = new LinkedHashMap<>(HtmlForms.hiddenInputs(consentPage.text()));
        consent.put("decision", "allow");
        var callback = flow.redirect(flow.postForm(authorizeUrl, consentPage, consent));
        var settings = flow.redirect(flow.browser.send("GET", callback, Map.of(), null));
        if (!settings.endsWith("/settings")) {
            throw new HarnessHttpException("the callback did not lead back to Settings but to " + settings);
        }
    }

    private void signIn(Credentials rep) {
        var page = expectPage(browser.send("GET", node + "/login", Map.of(), null), "sign-in page");
        var form = new LinkedHashMap<>(HtmlForms.hiddenInputs(page.text()));
        form.put("email", rep.email());
        form.put("password", rep.password());
        var landing = redirect(browser.send("POST", node + "/login", FORM, HtmlForms.encode(form)));
        if (landing.contains("error") || landing.contains("throttled")) {
            throw new HarnessHttpException("signing in as " + rep.email() + " failed: " + landing);
        }
    }

    private Reply postForm(String pageUrl, Reply page, Map<String, String> fields) {
        var action = URI.create(pageUrl).resolve(HtmlForms.formAction(page.text())).toString();
        return browser.send("POST", action, FORM, HtmlForms.encode(fields));
    }

    private String redirect(Reply reply) {
        if (reply.status() / 100 != 3 || reply.location().isEmpty()) {
            throw new HarnessHttpException("expected a redirect, got " + reply.brief());
        }
        return URI.create(node + "/").resolve(reply.location().get()).toString();
    }

    private Reply expectPage(Reply reply, String what) {
        if (reply.status() != 200) {
            throw new HarnessHttpException("the " + what + " page did not come: " + reply.brief());
        }
        return reply;
    }
}
