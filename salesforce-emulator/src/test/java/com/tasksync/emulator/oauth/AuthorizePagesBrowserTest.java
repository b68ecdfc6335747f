package com.tasksync.emulator.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.emulator.Emulator;
import com.tasksync.emulator.admin.NewConnectedApp;
import com.tasksync.emulator.org.ConnectedApp;
import com.tasksync.emulator.support.HttpCalls;
import com.tasksync.emulator.support.LoginPages;
import com.tasksync.emulator.support.TestOrg;
import java.io.File;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The authorize pages in a real headless Chromium, as the app's browser tests will drive them. Skipped where no Chromium is installed. */
@EnabledIf("browserInstalled")
class AuthorizePagesBrowserTest {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private static Emulator emulator;
    private static ChromeDriver browser;

    static boolean browserInstalled() {
        boolean installed = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
        if (!installed && System.getenv("CI") != null) {
            throw new IllegalStateException("CI must run the browser tests: install chromium and chromium-driver (.ci/run does)");
        }
        return installed;
    }

    @BeforeAll
    static void start() {
        emulator = Emulator.builder().start();
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).build();
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM).addArguments("--headless=new", "--no-sandbox",
                "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1");
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        emulator.close();
    }

    @Test
    void userLogsInAllowsAccessAndLandsOnTheCallbackWithCodeAndState() {
        TestOrg org = TestOrg.create(emulator);
        String callback = emulator.baseUrl() + "/callback";
        ConnectedApp app = emulator.admin().registerApp(NewConnectedApp.of("Browser", callback));
        String query = HttpCalls.form(Map.of("response_type", "code", "client_id", app.clientId(), "redirect_uri", callback,
                "state", "<b>state</b>", "code_challenge", PkceVerifier.s256("browser-verifier-0123456789-0123456789-0123")));

        browser.get(emulator.baseUrl() + "/services/oauth2/authorize?" + query);
        browser.findElement(By.id("username")).sendKeys(org.user().username());
        browser.findElement(By.id("password")).sendKeys(org.password());
        browser.findElement(By.id("Login")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !d.findElements(By.id("oaapprove")).isEmpty());
        browser.findElement(By.id("oaapprove")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().startsWith(callback));

        Map<String, String> params = LoginPages.queryOf(browser.getCurrentUrl());
        assertThat(params).containsKey("code").containsEntry("state", "<b>state</b>");
    }
}
