package com.tasksync.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.support.AppTestBase;
import com.tasksync.support.Browser;
import com.tasksync.sync.SyncSettings;
import com.tasksync.sync.SyncState;
import com.tasksync.sync.SyncStatus;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

class TaskBrowserTest extends AppTestBase {

    private static Browser browser;

    @Autowired
    SyncSettings syncSettings;

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
    void quickAddCompleteEditDeleteAndRestoreInTheBrowser() {
        clock.stopAt(Instant.parse("2026-06-10T12:00:00Z"));
        browser.signIn(baseUrl(), newUser());

        quickAdd("Call Ada", "tomorrow");
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tomorrow"), "Call Ada"));
        quickAdd("Email Bob", "today");
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("today"), "Email Bob"));

        browser.click(By.xpath(row("today", "Email Bob") + "//button[contains(@class,'complete')]"));
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("today"), "Nothing due today."));

        browser.click(By.xpath(row("tomorrow", "Call Ada") + "//a[contains(@class,'edit')]"));
        browser.type(By.id("edit-subject"), "Call Ada back");
        new Select(browser.find(By.id("edit-priority"))).selectByValue("high");
        browser.click(By.id("edit-save"));
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tomorrow"), "Call Ada back"));
        assertThat(browser.find(By.xpath(row("tomorrow", "Call Ada back"))).getText()).contains("high");

        browser.click(By.xpath(row("tomorrow", "Call Ada back") + "//button[contains(@class,'delete')]"));
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tomorrow"), "Nothing due tomorrow."));

        browser.click(By.id("nav-trash"));
        browser.click(By.xpath("//tr[contains(@class,'task')][.//span[text()='Call Ada back']]"
                + "//button[contains(@class,'restore')]"));
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "Restored"));
        browser.click(By.id("nav-command-center"));
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tomorrow"), "Call Ada back"));
    }

    @Test
    void settingsCheckboxIsSavedAndShownAfterReload() {
        browser.signIn(baseUrl(), newUser());

        browser.click(By.id("nav-settings"));
        var checkbox = browser.find(By.id("sync-enabled"));
        assertThat(checkbox.isSelected()).isFalse();
        checkbox.click();
        browser.click(By.id("sync-save"));
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "Sync is on; connect to Salesforce to start it."));

        browser.driver().navigate().refresh();
        assertThat(browser.find(By.id("sync-enabled")).isSelected()).isTrue();
        assertThat(browser.find(By.id("sync-state-value")).getText()).isEqualTo("reconnect");
    }

    @Test
    void progressBarUpdatesByItselfWhileImportingAndStopsWhenDone() {
        var user = newUser();
        syncSettings.saveStatus(user.id(), importing(0, 40));
        browser.signIn(baseUrl(), user);
        browser.click(By.id("nav-settings"));
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("sync-state"), "0 / 40"));

        syncSettings.saveStatus(user.id(), importing(25, 40));
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("sync-state"), "25 / 40"));
        assertThat(browser.find(By.id("sync-progress")).getDomProperty("value")).isEqualTo("25");

        syncSettings.saveStatus(user.id(), new SyncStatus(true, SyncState.SYNCING, false,
                new SyncStatus.Progress(40, 40), Instant.now(), Instant.now(), Instant.now(), null));
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("sync-state-value"), "syncing"));
        assertThat(browser.driver().findElements(By.id("sync-progress"))).isEmpty();
    }

    private static SyncStatus importing(int done, int total) {
        return new SyncStatus(true, SyncState.IMPORTING, false, new SyncStatus.Progress(done, total),
                Instant.now(), Instant.now(), null, null);
    }


    private void quickAdd(String subject, String due) {
        browser.type(By.id("quick-subject"), subject);
        new Select(browser.find(By.id("quick-due"))).selectByValue(due);
        browser.click(By.id("quick-add-button"));
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), subject));
    }

    private static String row(String section, String subject) {
        return "//section[@id='" + section + "']//tr[contains(@class,'task')][.//span[text()='" + subject + "']]";
    }
}
