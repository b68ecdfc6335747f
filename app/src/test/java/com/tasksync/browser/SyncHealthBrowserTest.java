package com.tasksync.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.support.Browser;
import com.tasksync.support.BrowserPerClass;
import com.tasksync.support.SyncTestBase;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The admins' Sync health page: per org the API calls of the last 24 hours as a chart of hours, per rep
 * the state and what failed, with Retry; closed to reps.
 */
class SyncHealthBrowserTest extends SyncTestBase {

    @RegisterExtension
    static final BrowserPerClass chromium = new BrowserPerClass();

    private Browser browser;

    @BeforeEach
    void browser() {
        browser = chromium.get();
    }

    @Test
    void showsEachOrgsCallsByHourAndEachRepsStateWithRetryForWhatFailed() {
        var syncing = startSyncing();
        var refused = api(syncing.user()).post("/api/tasks", Map.of("subject", "bad who", "who", "003000000000001AAA"))
                .json().get("id").stringValue();
        api(syncing.user()).post("/api/tasks", Map.of("subject", "Call Jane"));
        relay();
        poll();
        apiCalls.flush();
        var orgId = syncing.org().id();
        var callsToday = apiCalls.lastDay(orgId);
        assertThat(callsToday).isPositive();

        var admin = newUser(ZoneId.of("Europe/Paris"), true);
        browser.signIn(baseUrl(), admin);
        browser.click(By.id("nav-sync-health"));

        var org = By.id("health-" + orgId);
        browser.until(ExpectedConditions.visibilityOfElementLocated(org));
        assertThat(browser.find(By.cssSelector("#health-" + orgId + " .calls-today")).getText())
                .isEqualTo(Long.toString(callsToday));
        var bars = browser.driver().findElements(By.cssSelector("#health-" + orgId + " svg.api-chart rect.bar"));
        assertThat(bars).hasSize(24);
        // the last bar is the current hour, with every call of the org so far (they were all made this hour)
        assertThat(bars.get(23).getAttribute("data-label")).endsWith(": " + callsToday + " calls");
        assertThat(Integer.parseInt(bars.get(23).getAttribute("height"))).isEqualTo(40);
        assertThat(bars.get(0).getAttribute("height")).isEqualTo("0");

        var row = By.cssSelector("tr.rep[data-user-id='" + syncing.user().id() + "']");
        assertThat(browser.find(row).getText()).contains(syncing.user().email(), orgId, "1 task refused");
        browser.find(row).findElement(By.cssSelector("button.retry")).click();
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), syncing.user().email()));
        assertThat(api(syncing.user()).get("/api/tasks/" + refused).json().get("syncState").stringValue())
                .isEqualTo("pending");
    }

    @Test
    void repsAreNotLetIn() {
        var rep = newUser();
        assertThat(api(rep).get("/admin/sync-health").status()).isEqualTo(403);
        assertThat(anonymous().get("/admin/sync-health").status()).isIn(302, 401);
    }
}
