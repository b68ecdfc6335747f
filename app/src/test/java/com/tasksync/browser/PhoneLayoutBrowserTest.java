package com.tasksync.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.connection.OrgIntegrations;
import com.tasksync.emulator.org.Permission;
import com.tasksync.support.AppTestBase;
import com.tasksync.support.Browser;
import com.tasksync.support.IntegrationUsers;
import com.tasksync.support.SharedEmulator;
import com.tasksync.support.TestUser;
import com.tasksync.sync.SyncLog;
import com.tasksync.sync.SyncLogEntry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

class PhoneLayoutBrowserTest extends AppTestBase {

    private static final Instant NOON = Instant.parse("2026-06-10T12:00:00Z");
    private static final String LONG_WORD = "W".repeat(255);
    private static final String FRENCH =
            "Relancer Mme Lefèvre : devis n° 114 « entretien annuel » à renvoyer avant vendredi, ça presse";
    private static final List<String> PAGES =
            List.of("/", "/tasks", "/trash", "/settings", "/sync-log", "/admin/users", "/admin/salesforce",
                    "/admin/sync-health");
    /** Everything a thumb may need: navigation, sign-out, links, buttons and form fields (a checkbox by its label). */
    private static final String CONTROLS = ".top a:not(.skip-link), .top button, main a, main button, main select, "
            + "main input:not([type=hidden]):not([type=checkbox]), main label.checkbox";
    private static final int TAP_TARGET_PX = 44;
    private static final String LAYOUT_PROBLEMS = resource("/browser/layout-problems.js");

    private static Browser browser;

    @Autowired
    SyncLog syncLog;

    @Autowired
    OrgIntegrations integrations;

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

    @ParameterizedTest(name = "{0}×{1}")
    @CsvSource({"360, 800", "390, 844"})
    void everyPageFitsAPhoneAndEveryButtonCanBeTapped(int width, int height) {
        clock.stopAt(NOON);
        var admin = newUser(ZoneId.of("UTC"), true);
        newUser(); // someone the admin may deactivate, so the Users page shows a Deactivate button
        var frenchTask = addTasksAndLog(admin);
        connectIntegrationUserWithALongAddress();
        browser.viewport(width, height, true);
        // The Command Center then offers this zone to the new user: one more thing that must fit.
        browser.timeZone("America/Argentina/Buenos_Aires");
        browser.open(baseUrl() + "/login");
        assertThat(layoutProblems()).as("/login").isEmpty();

        browser.signIn(baseUrl(), admin);

        for (var page : PAGES) {
            browser.open(baseUrl() + page);
            browser.find(By.cssSelector("main h1"));
            assertThat(browser.script("return window.innerWidth")).as(page).isEqualTo((long) width);
            assertThat(layoutProblems()).as(page).isEmpty();
            assertThat(navigationLinks()).as(page).hasSize(8).allMatch(WebElement::isDisplayed);
            assertThat(browser.driver().findElements(By.cssSelector("main thead")))
                    .as(page).noneMatch(WebElement::isDisplayed);
        }
        browser.open(baseUrl() + "/admin/salesforce");
        assertThat((Number) browser.script("var detail = document.querySelector('.preflight td:last-child');"
                + " return detail.getBoundingClientRect().width / detail.closest('.preflight').getBoundingClientRect().width"))
                .as("a pre-flight line's detail reads across its card, not squeezed into a column")
                .satisfies(share -> assertThat(share.doubleValue()).isGreaterThan(0.8));
        assertThat(rowsOn("/")).isEqualTo(3);
        assertThat(browser.find(By.id("zone-proposal")).isDisplayed()).isTrue();
        assertThat(rowsOn("/tasks")).isEqualTo(4);
        assertThat(rowsOn("/trash")).isEqualTo(3);

        browser.open(baseUrl() + "/");
        var row = By.cssSelector("tr[data-task-id='" + frenchTask + "']");
        browser.find(row).findElement(By.cssSelector("button.complete")).click();
        browser.until(ExpectedConditions.numberOfElementsToBe(row, 0));
        assertThat(browser.find(By.id("tomorrow")).getText()).contains("Nothing due tomorrow.");
        assertThat(api(admin).get("/api/tasks/" + frenchTask).json().get("status").stringValue())
                .isEqualTo("completed");
    }

    /** The Salesforce page shows the org's integration user by its address: one long unbroken word. */
    private void connectIntegrationUserWithALongAddress() {
        IntegrationUsers.connect(integrations, SharedEmulator.emulator(), SharedEmulator.baseUrl(),
                SharedEmulator.orgId(), "ivy.integration" + System.nanoTime() + "@acmeenterprisesubsidiary.example",
                Permission.VIEW_ALL_DATA, Permission.VIEW_SETUP);
    }

    /** Other test classes of this context find the shared org as it was: read by each rep's own session. */
    @AfterEach
    void disconnectIntegrationUser() {
        integrations.disconnect(SharedEmulator.orgId());
    }

    /** The check itself: a word running over a narrow card's edge is found, though the page stays as wide. */
    @Test
    void theLayoutCheckSeesTextRunningOutOfACardThatFitsThePage() {
        browser.viewport(360, 800, true);
        browser.open(baseUrl() + "/login");
        assertThat(layoutProblems()).isEmpty();

        browser.script("""
                const card = document.createElement('section');
                card.className = 'card';
                card.style.width = '120px';
                // the pages' own rule breaks long words anywhere; this card is made as one that forgot it
                card.style.overflowWrap = 'normal';
                card.style.wordBreak = 'normal';
                card.textContent = 'Réunionhebdomadairedesuiviavecledirecteurcommercial';
                document.querySelector('main').prepend(card);
                """);

        assertThat(layoutProblems()).anySatisfy(problem -> assertThat(problem)
                .startsWith("<section class=card> holds content").contains("Réunionhebdomadaire"))
                .noneSatisfy(problem -> assertThat(problem).startsWith("the page is"));
    }

    @Test
    void aDesktopScreenKeepsTheTablesAndOneLineOfNavigation() {
        clock.stopAt(NOON);
        // A long address (legal up to 254 characters) is cut short beside "Sign out"; it never pushes the
        // navigation onto a second line, whatever the fonts of the machine make of it.
        var admin = newUser("a.rather.long.name-" + UUID.randomUUID() + "@sales-team.subsidiary.example.test",
                ZoneId.of("UTC"), true);
        addTasksAndLog(admin);
        browser.viewport(1366, 900, false);

        browser.signIn(baseUrl(), admin);

        for (var page : List.of("/", "/tasks", "/trash", "/sync-log", "/admin/users")) {
            browser.open(baseUrl() + page);
            var table = browser.find(By.cssSelector("main table"));
            assertThat(table.getCssValue("display")).as(page).isEqualTo("table");
            assertThat(table.findElement(By.tagName("thead")).isDisplayed()).as(page).isTrue();
            assertThat(table.findElements(By.cssSelector("tbody tr")))
                    .as(page).isNotEmpty().allMatch(tr -> tr.getCssValue("display").equals("table-row"));
            assertThat(navigationLinks()).as(page)
                    .extracting(link -> link.getRect().getY())
                    .containsOnly(navigationLinks().get(0).getRect().getY());
            var who = browser.find(By.cssSelector(".signout .who"));
            assertThat(who.isDisplayed()).as(page).isTrue();
            assertThat(who.getRect().getY() + who.getRect().getHeight())
                    .as(page).isLessThanOrEqualTo(navigationLinks().get(0).getRect().getY() + 40);
            assertThat((Long) browser.script("return document.documentElement.scrollWidth"))
                    .as(page).isLessThanOrEqualTo((Long) browser.script("return window.innerWidth"));
        }
    }

    /** Three open tasks (one a 255-letter word, one in French), one completed, three in Trash and a sync log. */
    private String addTasksAndLog(TestUser user) {
        var api = api(user);
        api.post("/api/tasks", Map.of("subject", "Call Ada", "dueDate", "2026-06-10", "type", "call"));
        api.post("/api/tasks", Map.of("subject", LONG_WORD, "dueDate", "2026-06-10", "who", LONG_WORD));
        var french = api.post("/api/tasks", Map.of("subject", FRENCH, "dueDate", "2026-06-11", "priority", "high",
                "what", "Société Générale — agence de Besançon")).json().get("id").stringValue();
        api.post("/api/tasks", Map.of("subject", "Sent the proposal", "dueDate", "2026-06-09", "status", "completed"));
        for (var subject : List.of("Old lead", LONG_WORD, FRENCH)) {
            var id = api.post("/api/tasks", Map.of("subject", subject)).json().get("id").stringValue();
            api.delete("/api/tasks/" + id);
        }
        for (var subject : List.of("Call Ada", LONG_WORD, FRENCH)) {
            syncLog.record(new SyncLogEntry(user.id(), NOON, SyncLogEntry.Direction.TO_SALESFORCE,
                    SyncLogEntry.Action.ERROR, null, "00T5g00000AbCdEFGH", subject,
                    "FIELD_CUSTOM_VALIDATION_EXCEPTION: " + LONG_WORD + " — " + FRENCH));
        }
        return french;
    }


    @SuppressWarnings("unchecked")
    private static List<String> layoutProblems() {
        return (List<String>) browser.script(LAYOUT_PROBLEMS, CONTROLS, TAP_TARGET_PX);
    }

    private static List<WebElement> navigationLinks() {
        return browser.driver().findElements(By.cssSelector(".top nav a"));
    }

    private int rowsOn(String page) {
        browser.open(baseUrl() + page);
        browser.find(By.cssSelector("main h1"));
        return browser.driver().findElements(By.cssSelector("tr.task")).size();
    }

    private static String resource(String name) {
        try (var in = Objects.requireNonNull(PhoneLayoutBrowserTest.class.getResourceAsStream(name), name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
