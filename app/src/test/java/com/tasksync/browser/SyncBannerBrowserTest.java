package com.tasksync.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.emulator.admin.FaultSpec;
import com.tasksync.support.Browser;
import com.tasksync.support.EngineEmulator;
import com.tasksync.support.SyncTestBase;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * While sync needs the rep, every page says so at the top with the one action that fixes it; once
 * fixed, the banner goes, without a reload on an open page.
 */
class SyncBannerBrowserTest extends SyncTestBase {

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
    void syncSwitchedOnBeforeConnectingAsksToConnectOnEveryPage() {
        var user = newUser();
        browser.signIn(baseUrl(), user);
        assertThat(browser.driver().findElements(By.cssSelector("#sync-banner .banner"))).isEmpty();
        browser.click(By.id("nav-settings"));
        browser.click(By.id("sync-enabled"));
        browser.click(By.id("sync-save"));

        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "connect to Salesforce"));
        for (var page : new String[] {"nav-command-center", "nav-tasks", "nav-trash", "nav-sync-log", "nav-settings"}) {
            browser.click(By.id(page));
            browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("sync-banner-message"),
                    "not connected to your Salesforce"));
        }
        browser.click(By.id("sync-banner-action"));
        browser.until(ExpectedConditions.urlContains("/services/oauth2/authorize"));
    }

    /**
     * The org's API allocation nearly used up: the banner and Settings say why sync holds back, in the
     * rep's language, whole, on a phone, without pushing the page wider than the screen. Screenshots go
     * to {@code target/screenshots/org-api-nearly-used/} for a reviewer.
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"en", "fr", "pt-BR"})
    void anOrgsNearlyUsedApiAllocationIsSaidWholeOnAPhoneInEachLanguage(String tag) throws Exception {
        var language = com.tasksync.user.Language.fromTag(tag).orElseThrow();
        var org = com.tasksync.support.SalesforceOrg.create(
                com.tasksync.emulator.org.OrgSettings.defaults().withDailyApiRequests(1_000));
        var user = newUser();
        connect(user, org.newRep());
        enable(user);
        users.changeLanguage(user.id(), java.util.Optional.of(language));
        EngineEmulator.emulator().admin().setApiUsage(org.id(), 960);
        api(user).post("/api/tasks", Map.of("subject", "sent, and Salesforce's answer tells the org's use"));
        relay();
        api(user).post("/api/tasks", Map.of("subject", "held back"));
        relay();
        assertThat(syncStatus(user).path("problem").path("code").asString()).isEqualTo("ORG_API_NEARLY_USED");
        var expected = java.util.ResourceBundle.getBundle("i18n/common", language.locale())
                .getString("problem.sync.budget.org");
        var shots = java.nio.file.Path.of("target/screenshots/org-api-nearly-used");
        java.nio.file.Files.createDirectories(shots);

        browser.viewport(390, 844, true);
        try {
            browser.signIn(baseUrl(), user);
            browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("sync-banner-message")));
            assertThat(browser.find(By.id("sync-banner-message")).getText()).contains(expected);
            fitsAPhone("sync-banner-message", shots.resolve(tag + "-command-center.png"));
            browser.click(By.id("nav-settings"));
            browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("problem-message")));
            assertThat(browser.find(By.id("problem-message")).getText()).isEqualTo(expected);
            fitsAPhone("problem-message", shots.resolve(tag + "-settings.png"));
        } finally {
            browser.resetViewport();
        }
    }

    /** The page no wider than the 390 px screen, the element within it; the page saved as {@code shot}. */
    private static void fitsAPhone(String id, java.nio.file.Path shot) {
        assertThat((Long) browser.script("return document.documentElement.scrollWidth")).isLessThanOrEqualTo(390L);
        var box = (Map<?, ?>) browser.script("var r = document.getElementById(arguments[0]).getBoundingClientRect();"
                + " return {left: r.left, right: r.right};", id);
        assertThat(((Number) box.get("left")).doubleValue()).isGreaterThanOrEqualTo(0.0);
        assertThat(((Number) box.get("right")).doubleValue()).isLessThanOrEqualTo(390.0);
        browser.saveScreenshot(shot);
    }

    @Test
    void aTaskSalesforceRefusedShowsWithTryAgainWhichClearsIt() {
        var syncing = startSyncing();
        EngineEmulator.emulator().faults().add(FaultSpec.status("*", "/services/data/*/composite/sobjects/**", 400,
                "FIELD_CUSTOM_VALIDATION_EXCEPTION", "A validation rule refused it").times(1));
        api(syncing.user()).post("/api/tasks", Map.of("subject", "refused once"));
        relay();

        browser.signIn(baseUrl(), syncing.user());
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("sync-banner-message"), "problem"));
        browser.click(By.id("sync-banner-action"));
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "tries again"));
        relay();

        // The open page drops the banner by itself once the task went through.
        browser.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("#sync-banner .banner")));
        assertThat(syncing.rep().tasks()).extracting(record -> record.string("Subject")).containsExactly("refused once");
    }

    @Test
    void connectingToAnotherOrgAsksWhatBecomesOfTheLinkedTasksAndKeepingThemGoesOn() {
        var syncing = startSyncing();
        var id = api(syncing.user()).post("/api/tasks", Map.of("subject", "Send the quote")).json().get("id")
                .stringValue();
        relay();
        connect(syncing.user(), com.tasksync.support.SalesforceOrg.create().newRep());

        browser.signIn(baseUrl(), syncing.user());
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("sync-banner-message"),
                "another Salesforce org"));
        browser.click(By.id("sync-banner-action"));
        browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("org-change-keep")));
        browser.click(By.id("org-change-keep"));

        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "1 task stays"));
        assertThat(browser.driver().findElements(By.cssSelector("#sync-banner .banner"))).isEmpty();
        assertThat(api(syncing.user()).get("/api/tasks/" + id).json().get("syncState").stringValue())
                .isEqualTo("local");
    }

    @Test
    void aRefusedTaskCanBeUnlinkedFromItsRow() {
        var syncing = startSyncing();
        api(syncing.user()).post("/api/tasks", Map.of("subject", "bad who", "who", "003000000000001AAA"));
        relay();

        browser.signIn(baseUrl(), syncing.user());
        browser.click(By.id("nav-tasks"));
        browser.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("tr.task button.retry")));
        browser.click(By.cssSelector("tr.task button.unlink"));

        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "stays in TaskSync only"));
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("tr.task .sync-state"),
                "local"));
        assertThat(browser.driver().findElements(By.cssSelector("tr.task button.retry"))).isEmpty();
        assertThat(browser.driver().findElements(By.cssSelector("#sync-banner .banner"))).isEmpty();
    }

    @Test
    void aConflictShowsOnItsTaskUntilTheRepTakesTheOtherValue() {
        var syncing = startSyncing();
        var salesforceId = syncing.rep().create(com.tasksync.support.SalesforceRep.task("agreed subject"));
        poll();
        var id = tasks(syncing.user(), "all").get(0).get("id").stringValue();
        clock.stopAt(EngineEmulator.emulator().admin().now());
        api(syncing.user()).patch("/api/tasks/" + id, Map.of("subject", "edited in TaskSync"));
        EngineEmulator.emulator().clock().advance(java.time.Duration.ofMinutes(1));
        clock.stopAt(clock.instant().plus(java.time.Duration.ofMinutes(1)));
        syncing.rep().update(salesforceId,
                com.tasksync.salesforce.client.record.SObject.of("Task").with("Subject", "edited in Salesforce"));
        poll();

        browser.signIn(baseUrl(), syncing.user());
        browser.click(By.id("nav-tasks"));
        var conflict = By.cssSelector("tr.task .conflict[data-field='subject']");
        browser.until(ExpectedConditions.visibilityOfElementLocated(conflict));
        assertThat(browser.find(conflict).getText()).contains("Conflict", "edited in Salesforce", "edited in TaskSync");
        browser.click(By.cssSelector("tr.task .conflict button.use-other"));

        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "takes the other value"));
        assertThat(browser.driver().findElements(conflict)).isEmpty();
        assertThat(browser.find(By.cssSelector("tr.task .subject")).getText()).isEqualTo("edited in TaskSync");
        relay();
        assertThat(syncing.rep().find(salesforceId).orElseThrow().string("Subject")).isEqualTo("edited in TaskSync");
    }
}
