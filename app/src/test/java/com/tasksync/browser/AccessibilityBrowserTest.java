package com.tasksync.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.support.Axe;
import com.tasksync.support.Browser;
import com.tasksync.support.BrowserPerClass;
import com.tasksync.support.SyncTestBase;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * axe-core finds no serious or critical accessibility violation on any page, at desktop and phone
 * widths, with tasks in every sync state and the sync banner showing.
 */
class AccessibilityBrowserTest extends SyncTestBase {

    @RegisterExtension
    static final BrowserPerClass chromium = new BrowserPerClass();

    private Browser browser;

    @BeforeEach
    void browser() {
        browser = chromium.get();
    }

    @ParameterizedTest(name = "{0}×{1}")
    @CsvSource({"1366, 900, false", "390, 844, true"})
    void everyPageHasNoSeriousOrCriticalViolation(int width, int height, boolean phone) {
        var admin = newUser(ZoneId.of("Europe/Paris"), true);
        var rep = org().newRep();
        connect(admin, rep);
        enable(admin);
        var today = java.time.LocalDate.now(clock.withZone(ZoneId.of("Europe/Paris"))).toString();
        var id = api(admin).post("/api/tasks", Map.of("subject", "Call Jane", "dueDate", today)).json().get("id")
                .stringValue();
        api(admin).post("/api/tasks", Map.of("subject", "bad who", "who", "003000000000001AAA", "dueDate", today));
        api(admin).post("/api/tasks", Map.of("subject", "Book the demo", "dueDate", today));
        relay();
        var trashed = api(admin).post("/api/tasks", Map.of("subject", "Old note")).json().get("id").stringValue();
        api(admin).delete("/api/tasks/" + trashed);
        browser.viewport(width, height, phone);

        var problems = new ArrayList<String>();
        browser.driver().manage().deleteAllCookies();
        browser.open(baseUrl() + "/login");
        problems.addAll(prefixed("/login", Axe.seriousViolations(browser)));
        browser.signIn(baseUrl(), admin);
        for (var page : List.of("/", "/tasks", "/trash", "/settings", "/sync-log", "/tasks/" + id + "/edit",
                "/admin/users", "/admin/salesforce", "/admin/sync-health")) {
            browser.open(baseUrl() + page);
            problems.addAll(prefixed(page, Axe.seriousViolations(browser)));
        }
        var plainRep = newUser();
        browser.signIn(baseUrl(), plainRep);
        browser.open(baseUrl() + "/admin/users");
        problems.addAll(prefixed("/not-allowed", Axe.seriousViolations(browser)));

        assertThat(problems).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void aKeyboardUserCanSkipTheNavigationAndKnowsWhereTheyAreAndWhatEachButtonActsOn() {
        var user = newUser();
        api(user).post("/api/tasks", Map.of("subject", "Call Jane"));
        browser.viewport(1366, 900, false);
        browser.signIn(baseUrl(), user);
        browser.open(baseUrl() + "/tasks");

        var first = (String) browser.script("var all = document.querySelectorAll('a[href], button, input, select, textarea');"
                + " return all[0].className + ' ' + all[0].getAttribute('href');");
        assertThat(first).isEqualTo("skip-link #main");
        assertThat(browser.driver().findElements(org.openqa.selenium.By.id("main"))).hasSize(1);
        assertThat(browser.find(org.openqa.selenium.By.cssSelector(".top nav a[aria-current=page]")).getText())
                .isEqualTo("All tasks");
        assertThat(browser.find(org.openqa.selenium.By.cssSelector("tr.task button.complete"))
                .getDomAttribute("aria-label")).isEqualTo("Complete Call Jane");
        browser.open(baseUrl() + "/");
        assertThat((String) browser.script("return document.querySelector('label[for=quick-subject]').textContent"))
                .isEqualTo("New task");
    }

    private com.tasksync.support.SalesforceOrg org() {
        return com.tasksync.support.SalesforceOrg.create();
    }

    private static List<String> prefixed(String page, List<String> violations) {
        return violations.stream().map(v -> page + " — " + v).toList();
    }
}
