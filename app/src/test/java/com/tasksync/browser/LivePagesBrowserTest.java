package com.tasksync.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.emulator.admin.FaultSpec;
import com.tasksync.support.Browser;
import com.tasksync.support.EngineEmulator;
import com.tasksync.support.SalesforceRep;
import com.tasksync.support.SyncTestBase;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Pages refresh themselves: a task created in Salesforce appears on an open Command Center, and an
 * edit made elsewhere on an open All tasks page, a sync problem on an open Settings page, without a reload and without losing what the rep
 * was typing. A marker set on the page's window proves it was never reloaded.
 */
class LivePagesBrowserTest extends SyncTestBase {

    private static Browser browser;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aTaskCreatedInSalesforceAppearsOnAnOpenCommandCenter() {
        var syncing = startSyncing();
        browser.signIn(baseUrl(), syncing.user());
        markPage();
        browser.type(By.id("quick-subject"), "half-typed note");
        browser.find(By.id("quick-subject")).click();

        var today = LocalDate.now(clock.withZone(ZoneOffset.UTC)).toString();
        syncing.rep().create(SalesforceRep.task("Call from Salesforce").with("ActivityDate", today));
        poll();

        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("today"), "Call from Salesforce"));
        assertThat(pageMarked()).as("the page was not reloaded").isTrue();
        assertThat(browser.find(By.id("quick-subject")).getDomProperty("value")).isEqualTo("half-typed note");
    }

    @Test
    void anEditMadeElsewhereShowsOnAnOpenTaskList() {
        var user = newUser();
        var id = api(user).post("/api/tasks", Map.of("subject", "Draft proposal")).json().get("id").stringValue();
        browser.signIn(baseUrl(), user);
        browser.click(By.id("nav-tasks"));
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("task-results"), "Draft proposal"));
        markPage();

        api(user).patch("/api/tasks/" + id, Map.of("subject", "Send proposal"));
        api(user).post("/api/tasks", Map.of("subject", "Book the demo"));

        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("task-results"), "Send proposal"));
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("task-results"), "Book the demo"));
        assertThat(browser.find(By.id("task-results")).getText()).doesNotContain("Draft proposal").contains("2 tasks");
        assertThat(pageMarked()).as("the page was not reloaded").isTrue();
    }

    @Test
    void aRegionTheRepIsWorkingInIsLeftAloneUntilTheRepIsDone() {
        var user = newUser();
        api(user).post("/api/tasks", Map.of("subject", "First task"));
        browser.signIn(baseUrl(), user);
        browser.click(By.id("nav-tasks"));
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("task-results"), "First task"));
        // Keyboard focus on a task's button inside the list: the list must not move under it.
        ((JavascriptExecutor) browser.driver()).executeScript(
                "document.querySelector('#task-results button.complete').focus();");

        api(user).post("/api/tasks", Map.of("subject", "Second task"));
        // Three refresh checks' worth of time, judged by the page's own timer, not a sleep here.
        ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                "var done = arguments[arguments.length - 1]; setTimeout(done, 7000);");
        assertThat(browser.find(By.id("task-results")).getText()).doesNotContain("Second task");

        ((JavascriptExecutor) browser.driver()).executeScript("document.activeElement.blur();");
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("task-results"), "Second task"));
    }


    @Test
    void anOpenSettingsPageShowsASyncProblemAndItsEndWithoutAReload() {
        var syncing = startSyncing();
        browser.signIn(baseUrl(), syncing.user());
        browser.click(By.id("nav-settings"));
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("sync-state-value"), "syncing"));
        markPage();

        EngineEmulator.emulator().faults().add(FaultSpec.status("GET", "/services/data/*/queryAll", 503,
                "SERVER_UNAVAILABLE", "down for maintenance"));
        try {
            poll();
            browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("problem-message")));
            assertThat(browser.find(By.id("sync-state-value")).getText()).isEqualTo("retrying");
        } finally {
            EngineEmulator.emulator().faults().clear();
        }
        makeRetriesDue();
        poll();

        browser.until(ExpectedConditions.invisibilityOfElementLocated(By.id("problem-message")));
        assertThat(browser.find(By.id("sync-state-value")).getText()).isEqualTo("syncing");
        assertThat(pageMarked()).as("the page was not reloaded").isTrue();
    }

    private static void markPage() {
        ((JavascriptExecutor) browser.driver()).executeScript("window.liveTestMark = 'still here';");
    }

    private static boolean pageMarked() {
        return "still here".equals(((JavascriptExecutor) browser.driver()).executeScript("return window.liveTestMark;"));
    }
}
