package com.tasksync.browser;

import static com.tasksync.support.SalesforceRep.task;
import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.salesforce.client.record.SObject;
import com.tasksync.support.Browser;
import com.tasksync.support.BrowserPerClass;
import com.tasksync.support.EngineEmulator;
import com.tasksync.support.SalesforceOrg;
import com.tasksync.support.SyncTestBase;
import com.tasksync.support.TestUser;
import com.tasksync.user.Language;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;

/**
 * The pages speak English, French and Brazilian Portuguese: the language the browser asks for until
 * the rep picks one on Settings, dates as the language writes them, and on every page, at desktop and
 * phone widths, no untranslated key and no English sentence in the other two languages. With
 * {@code -Dtasksync.test.screenshots=true} each page is also saved as a screenshot under
 * {@code target/screenshots/<language>/<width>/} for a reviewer (a page with a problem always is):
 * the 84 whole-page captures cost a quarter of the class's time, spent for nobody in CI.
 */
class LanguagesBrowserTest extends SyncTestBase {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private static final boolean SCREENSHOTS = Boolean.getBoolean("tasksync.test.screenshots");

    @RegisterExtension
    static final BrowserPerClass chromium = new BrowserPerClass();

    private Browser browser;

    @BeforeEach
    void browser() {
        browser = chromium.get();
        browser.viewport(1366, 900, false);
        browser.acceptLanguage("en-US,en;q=0.9");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "fr-FR,fr;q=0.9,en;q=0.8 | fr    | Se connecter",
        "fr-CA                   | fr    | Se connecter",
        "pt-BR,pt;q=0.9          | pt-BR | Entrar",
        "pt-PT,pt;q=0.9          | pt-BR | Entrar",
        "de-DE,de;q=0.9,fr;q=0.5 | fr    | Se connecter",
        "de-DE,de;q=0.9          | en    | Sign in",
        "en-GB,fr;q=0.9          | en    | Sign in",
    })
    void theSignInPageSpeaksTheFirstLanguageOfTheBrowserThatTaskSyncSpeaks(String header, String lang, String button) {
        browser.driver().manage().deleteAllCookies();
        browser.acceptLanguage(header);

        browser.open(baseUrl() + "/login");

        assertThat(browser.find(By.id("sign-in")).getText()).isEqualTo(button);
        assertThat(browser.find(By.tagName("html")).getDomAttribute("lang")).isEqualTo(lang);
    }

    @Test
    void theRepsOwnChoiceWinsOverTheBrowserUntilTheyGiveItBack() {
        var user = newUser(PARIS, false);
        api(user).post("/api/tasks", Map.of("subject", "Call Jane", "dueDate", today().toString()));
        browser.signIn(baseUrl(), user);
        assertThat(browser.find(By.id("nav-tasks")).getText()).isEqualTo("All tasks");
        assertThat(browser.find(By.cssSelector("#today h2 small")).getText()).isEqualTo(today().toString());

        browser.open(baseUrl() + "/settings");
        new org.openqa.selenium.support.ui.Select(browser.find(By.id("language-choice"))).selectByValue("fr");
        browser.click(By.id("language-save"));

        assertThat(browser.find(By.id("notice")).getText()).isEqualTo("Langue enregistrée.");
        assertThat(browser.find(By.tagName("html")).getDomAttribute("lang")).isEqualTo("fr");
        assertThat(browser.find(By.id("nav-tasks")).getText()).isEqualTo("Toutes les tâches");
        assertThat(users.languageOf(user.id())).contains(Language.FRENCH);
        browser.open(baseUrl() + "/");
        assertThat(browser.find(By.cssSelector("#today h2 small")).getText())
                .isEqualTo(today().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));

        // signed out and in again, on a browser asking for Portuguese: the rep's choice still holds
        browser.acceptLanguage("pt-BR");
        browser.signIn(baseUrl(), user);
        assertThat(browser.find(By.id("nav-tasks")).getText()).isEqualTo("Toutes les tâches");

        browser.open(baseUrl() + "/settings");
        new org.openqa.selenium.support.ui.Select(browser.find(By.id("language-choice"))).selectByValue("");
        browser.click(By.id("language-save"));
        assertThat(browser.find(By.id("notice")).getText()).isEqualTo("Idioma salvo.");
        assertThat(browser.find(By.id("nav-tasks")).getText()).isEqualTo("Todas as tarefas");
        assertThat(users.languageOf(user.id())).isEmpty();
    }

    @Test
    void aLanguageTaskSyncDoesNotSpeakIsRefusedAndChangesNothing() {
        var user = newUser(PARIS, false);
        users.changeLanguage(user.id(), Optional.of(Language.FRENCH));
        var session = com.tasksync.support.WebSession.signedIn(baseUrl(), user);

        var page = session.post("/settings/language", Map.of("language", "de"));

        assertThat(page.body()).contains("Choisissez une langue dans la liste.");
        assertThat(users.languageOf(user.id())).contains(Language.FRENCH);
    }

    @ParameterizedTest(name = "{0} at {1} px")
    @CsvSource({"en, 1366, 900, false", "en, 390, 844, true", "fr, 1366, 900, false", "fr, 390, 844, true",
        "pt-BR, 1366, 900, false", "pt-BR, 390, 844, true"})
    void everyPageSpeaksTheLanguageWithNoKeyOrEnglishSentenceLeft(String tag, int width, int height, boolean phone)
            throws IOException {
        var language = Language.fromTag(tag).orElseThrow();
        var admin = newUser(PARIS, true);
        var pages = withEveryKindOfContent(admin);
        users.changeLanguage(admin.id(), Optional.of(language));
        var rep = newUser(PARIS, false);
        users.changeLanguage(rep.id(), Optional.of(language));
        browser.viewport(width, height, phone);
        browser.acceptLanguage(language.tag());
        var shots = Path.of("target/screenshots", language.tag(), Integer.toString(width));
        Files.createDirectories(shots);
        var english = language == Language.ENGLISH ? List.<String>of() : englishSentencesNotIn(language);

        var problems = new ArrayList<String>();
        browser.driver().manage().deleteAllCookies();
        browser.open(baseUrl() + "/login");
        check("login", language, english, shots, problems);
        browser.signIn(baseUrl(), admin);
        for (var page : pages.entrySet()) {
            browser.open(baseUrl() + page.getValue());
            check(page.getKey(), language, english, shots, problems);
        }
        browser.signIn(baseUrl(), rep);
        browser.open(baseUrl() + "/admin/users");
        check("not-allowed", language, english, shots, problems);
        browser.open(baseUrl() + "/tasks/" + UUID.randomUUID() + "/edit");
        check("not-found", language, english, shots, problems);

        assertThat(problems).isEmpty();
        if (SCREENSHOTS) {
            try (var saved = Files.list(shots)) {
                assertThat(saved.filter(p -> p.toString().endsWith(".png"))).hasSize(pages.size() + 3);
            }
        }
    }

    /**
     * An admin syncing with tasks in every state the pages show: due today, refused by Salesforce,
     * with a conflict, in the trash; the pages to look at, by name.
     */
    private Map<String, String> withEveryKindOfContent(TestUser admin) {
        var org = SalesforceOrg.create();
        var salesforce = org.newRep();
        connect(admin, salesforce);
        // an integration user with its pre-flight check, so the Salesforce page shows the check's lines too
        ensureIntegration(salesforce.user().orgId());
        enable(admin);
        var day = today().toString();
        var id = api(admin).post("/api/tasks", Map.of("subject", "Call Jane", "dueDate", day, "type", "call"))
                .json().get("id").stringValue();
        api(admin).post("/api/tasks", Map.of("subject", "Refused who", "who", "003000000000001AAA", "dueDate", day));
        var salesforceId = salesforce.create(task("Agreed subject").with("ActivityDate", day));
        relay();
        poll();
        var both = tasks(admin, "all").stream().filter(t -> t.get("subject").stringValue().equals("Agreed subject"))
                .findFirst().orElseThrow().get("id").stringValue();
        clock.stopAt(EngineEmulator.emulator().admin().now());
        api(admin).patch("/api/tasks/" + both, Map.of("subject", "Edited in TaskSync"));
        EngineEmulator.emulator().clock().advance(Duration.ofMinutes(1));
        clock.stopAt(clock.instant().plus(Duration.ofMinutes(1)));
        salesforce.update(salesforceId, SObject.of("Task").with("Subject", "Edited in Salesforce"));
        poll();
        relay();
        poll();
        clock.release();
        var trashed = api(admin).post("/api/tasks", Map.of("subject", "Old note")).json().get("id").stringValue();
        api(admin).delete("/api/tasks/" + trashed);
        var other = newUser();
        var pages = new LinkedHashMap<String, String>();
        pages.put("command-center", "/");
        pages.put("tasks", "/tasks");
        pages.put("tasks-bad-filter", "/tasks?dueFrom=2026-06-10&dueTo=2026-06-01");
        pages.put("trash", "/trash");
        pages.put("sync-log", "/sync-log");
        pages.put("settings", "/settings");
        pages.put("task-edit", "/tasks/" + id + "/edit");
        pages.put("users", "/admin/users");
        pages.put("deactivate-user", "/admin/users/" + other.id() + "/deactivate");
        pages.put("salesforce-admin", "/admin/salesforce");
        pages.put("sync-health", "/admin/sync-health");
        return pages;
    }

    /** What the page shows and says to assistive technology: no key, no English sentence; and its screenshot. */
    private void check(String name, Language language, List<String> english, Path shots, List<String> problems)
            throws IOException {
        browser.find(By.id("main"));
        var text = (String) browser.script("var parts = [document.title, document.body.innerText];"
                + " document.querySelectorAll('[aria-label],[placeholder],[title],[data-label]').forEach(function (e) {"
                + "  ['aria-label', 'placeholder', 'title', 'data-label'].forEach(function (a) {"
                + "   if (e.hasAttribute(a)) { parts.push(e.getAttribute(a)); } }); });"
                + " document.querySelectorAll('option').forEach(function (o) { parts.push(o.textContent); });"
                + " return parts.join('\\n');");
        var lang = browser.find(By.tagName("html")).getDomAttribute("lang");
        if (!language.tag().equals(lang)) {
            problems.add(name + ": <html lang=" + lang + ">");
        }
        if (text.contains("??")) {
            problems.add(name + ": an untranslated key: " + text.substring(text.indexOf("??"),
                    Math.min(text.length(), text.indexOf("??") + 60)));
        }
        for (var sentence : english) {
            if (text.contains(sentence)) {
                problems.add(name + ": English left: “" + sentence + "”");
            }
        }
        if (SCREENSHOTS || problems.stream().anyMatch(problem -> problem.startsWith(name + ":"))) {
            browser.saveScreenshot(shots.resolve(name + ".png"));
        }
    }

    /**
     * The English messages whose translation differs, as fragments a page could show: the text
     * between arguments, when long enough to be a sentence of its own rather than a word that both
     * languages share.
     */
    private static List<String> englishSentencesNotIn(Language language) {
        var sentences = new TreeSet<String>();
        for (var basename : List.of("common", "tasks", "settings", "admin")) {
            var english = bundle("i18n/" + basename + ".properties");
            var translated = bundle("i18n/" + basename + "_" + language.locale().toString() + ".properties");
            for (var key : english.stringPropertyNames()) {
                var value = english.getProperty(key);
                if (key.startsWith("format.") || value.equals(translated.getProperty(key))) {
                    continue;
                }
                for (var fragment : value.replace("''", "'").split("\\{[^}]*}")) {
                    var piece = fragment.strip();
                    if (piece.length() >= 16 && piece.contains(" ")) {
                        sentences.add(piece);
                    }
                }
            }
        }
        assertThat(sentences).as("English sentences to look for").hasSizeGreaterThan(20);
        return List.copyOf(sentences);
    }

    private static Properties bundle(String resource) {
        var properties = new Properties();
        try (var in = LanguagesBrowserTest.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
        return properties;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(PARIS));
    }
}
