package com.tasksync.torture.tasksync;

import com.tasksync.torture.http.HarnessHttpException;
import com.tasksync.torture.http.HtmlForms;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Connects to Salesforce the way a browser does: sign in on TaskSync's form (with its CSRF token
 * and session cookie), press Connect, log in on the emulator's authorize page, allow access, and
 * follow the redirect back to TaskSync's callback in the same session. A rep connects their own
 * user from Settings; an admin connects an org's integration user from the Salesforce admin page.
 */
public final class SalesforceConnect {

    private final Browser browser;

    private SalesforceConnect(String node) {
        this.browser = new Browser(node);
    }

    public static void connect(String node, Credentials rep, String salesforceUsername, String salesforcePassword) {
        var flow = new SalesforceConnect(node);
        flow.browser.signIn(rep);
        var authorizeUrl = flow.browser.redirect(flow.browser.get(node + "/settings/salesforce/connect"));
        flow.authorizeAndReturn(authorizeUrl, salesforceUsername, salesforcePassword, "/settings");
    }

    /** The admin connects the org's integration user: Connect on the admin page, then sign in as that user. */
    public static void connectIntegration(String node, Credentials admin, String salesforceUsername,
            String salesforcePassword) {
        var flow = new SalesforceConnect(node);
        flow.browser.signIn(admin);
        var page = flow.browser.expectPage(flow.browser.get(node + IntegrationAdmin.PAGE), "Salesforce admin");
        var csrf = HtmlForms.hiddenInputs(page.text()).get("_csrf");
        var authorizeUrl = flow.browser.redirect(flow.browser.post(node + IntegrationAdmin.PAGE + "/connect",
                Map.of("_csrf", csrf)));
        flow.authorizeAndReturn(authorizeUrl, salesforceUsername, salesforcePassword, IntegrationAdmin.PAGE);
    }

    private void authorizeAndReturn(String authorizeUrl, String salesforceUsername, String salesforcePassword,
            String landing) {
        var loginPage = browser.expectPage(browser.get(authorizeUrl), "authorize");
        var login = new LinkedHashMap<>(HtmlForms.hiddenInputs(loginPage.text()));
        login.put("username", salesforceUsername);
        login.put("password", salesforcePassword);
        var consentPage = browser.expectPage(browser.postForm(authorizeUrl, loginPage, login), "emulator login");
        var consent = new LinkedHashMap<>(HtmlForms.hiddenInputs(consentPage.text()));
        consent.put("decision", "allow");
        var callback = browser.redirect(browser.postForm(authorizeUrl, consentPage, consent));
        var back = browser.redirect(browser.get(callback));
        if (!back.endsWith(landing)) {
            throw new HarnessHttpException("the callback did not lead back to " + landing + " but to " + back);
        }
    }
}
