package com.tasksync.torture.tasksync;

import com.tasksync.torture.http.HarnessHttpException;
import com.tasksync.torture.http.HtmlForms;
import com.tasksync.torture.process.Deadline;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An admin signed in on TaskSync's Salesforce admin page, as a browser: how each org's changes are
 * read (the {@code data-mode} of its section), and the page's Check again and Disconnect forms.
 */
public final class IntegrationAdmin {

    static final String PAGE = "/admin/salesforce";
    private static final Pattern MODE = Pattern.compile("data-mode=\"([A-Z_]+)\"");
    private static final Pattern STREAM_STATE = Pattern.compile("class=\"stream\"[^>]*data-state=\"([a-z_-]+)\"");
    private static final Pattern STREAM_HOLDER = Pattern.compile("class=\"stream\"[^>]*data-holder=\"([^\"]+)\"");
    private static final Pattern REASON = Pattern.compile("<p[^>]*class=\"reason\"[^>]*>([^<]*)</p>");

    private final Browser browser;
    private final Credentials admin;

    public IntegrationAdmin(String node, Credentials admin) {
        this.browser = new Browser(node);
        this.admin = admin;
        browser.signIn(admin);
    }

    /** The org's mode as the page shows it ({@code CHANGE_EVENTS}, {@code ORG_POLL}, {@code USER_POLL}). */
    public Optional<String> mode(String orgId) {
        return section(page(), orgId).map(MODE::matcher).filter(m -> m.find()).map(m -> m.group(1));
    }

    /** The org's change stream as the page shows it: its state and the node holding it (null when none does). */
    public record StreamShown(String state, String holder) {
    }

    /** The org's change stream, or empty when the page shows none for it. */
    public Optional<StreamShown> stream(String orgId) {
        return section(page(), orgId).flatMap(section -> {
            var state = STREAM_STATE.matcher(section);
            if (!state.find()) {
                return Optional.empty();
            }
            var holder = STREAM_HOLDER.matcher(section);
            return Optional.of(new StreamShown(state.group(1), holder.find() ? holder.group(1) : null));
        });
    }

    /** What the page says about the org: its mode and, when not the fastest, why. */
    public String describe(String orgId) {
        var section = section(page(), orgId);
        if (section.isEmpty()) {
            return "org " + orgId + " is not on the admin page";
        }
        var mode = MODE.matcher(section.get());
        var reason = REASON.matcher(section.get());
        return (mode.find() ? mode.group(1) : "no mode") + (reason.find() ? " (" + reason.group(1).strip() + ")" : "");
    }

    /** Waits until the page shows the org in {@code mode}; fails with what it shows instead. */
    public void awaitMode(String orgId, String mode, Duration timeout) {
        if (!Deadline.in(timeout).await(() -> mode(orgId).filter(mode::equals).isPresent(), Duration.ofMillis(500))) {
            throw new IllegalStateException("the admin page does not show org " + orgId + " in " + mode
                    + " within " + timeout.toSeconds() + " s; it shows " + describe(orgId));
        }
    }

    /** Check again: runs the integration user's pre-flight check once more. */
    public void checkAgain(String orgId) {
        submit("/check", orgId);
    }

    public void disconnect(String orgId) {
        submit("/disconnect", orgId);
    }

    private void submit(String action, String orgId) {
        var csrf = HtmlForms.hiddenInputs(page()).get("_csrf");
        var back = browser.redirect(browser.post(browser.node() + PAGE + action, Map.of("_csrf", csrf, "orgId", orgId)));
        if (!back.endsWith(PAGE)) {
            throw new HarnessHttpException(PAGE + action + " for org " + orgId + " led to " + back);
        }
    }

    /** The page's HTML, signing in again when the session has timed out. */
    private String page() {
        var reply = browser.get(browser.node() + PAGE);
        if (reply.status() / 100 == 3) {
            browser.signIn(admin);
            reply = browser.get(browser.node() + PAGE);
        }
        return browser.expectPage(reply, "Salesforce admin").text();
    }

    private static Optional<String> section(String html, String orgId) {
        var start = html.indexOf("id=\"org-" + orgId + "\"");
        if (start < 0) {
            return Optional.empty();
        }
        var end = html.indexOf("</section>", start);
        return Optional.of(html.substring(start, end < 0 ? html.length() : end));
    }
}
