package com.tasksync.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium driven by the system's chromedriver: no driver downloads, no outside
 * hosts, a fresh profile each time. Waits are conditions with a deadline, never sleeps.
 */
public final class Browser implements AutoCloseable {

    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    private static final String CHROMIUM = "/usr/bin/chromium";

    private final WebDriver driver;
    private final WebDriverWait wait;

    private Browser(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    public static Browser start() {
        boolean installed = CHROMEDRIVER.canExecute() && new File(CHROMIUM).canExecute();
        if (!installed && System.getenv("CI") != null) {
            throw new IllegalStateException("CI must run the browser tests: install chromium and chromium-driver (.ci/run does)");
        }
        Assumptions.assumeTrue(installed, "Chromium and chromedriver are not installed");
        System.setProperty("SE_OFFLINE", "true");
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
                "--user-data-dir=" + freshProfile());
        var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).build();
        return new Browser(new ChromeDriver(service, options));
    }

    /** Signs in on a fresh session, as a rep would, and waits for the Command Center. */
    public void signIn(String baseUrl, TestUser user) {
        driver.manage().deleteAllCookies();
        open(baseUrl + "/login");
        type(By.id("email"), user.email());
        type(By.id("password"), user.password());
        click(By.id("sign-in"));
        find(By.id("quick-add"));
    }

    public void open(String url) {
        driver.get(url);
    }

    public WebElement find(By by) {
        return wait.until(d -> d.findElement(by));
    }

    public void type(By by, String text) {
        var field = find(by);
        field.clear();
        field.sendKeys(text);
    }

    public void click(By by) {
        find(by).click();
    }

    /**
     * Sizes the page's viewport exactly, below the smallest window headless Chromium allows; a phone
     * also gets the mobile viewport rules (the page's {@code <meta name="viewport">}).
     */
    public void viewport(int width, int height, boolean phone) {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", phone));
    }

    /** Back to the browser's own window size, after {@link #viewport}. */
    public void resetViewport() {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    /** Saves the whole page, beyond the viewport too, as a PNG. */
    public void saveScreenshot(java.nio.file.Path file) {
        var shot = ((ChromeDriver) driver).executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true));
        try {
            Files.write(file, java.util.Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The time zone the page's JavaScript sees, as if the computer were set to it. */
    public void timeZone(String id) {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", id));
    }

    /** The languages the browser asks pages for (its Accept-Language header), such as "fr-FR,fr;q=0.9". */
    public void acceptLanguage(String header) {
        var chrome = (ChromeDriver) driver;
        chrome.executeCdpCommand("Network.enable", Map.of());
        chrome.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of("Accept-Language", header)));
    }

    public Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    public <T> T until(ExpectedCondition<T> condition) {
        return wait.until(condition);
    }

    public WebDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        driver.quit();
    }

    private static String freshProfile() {
        try {
            return Files.createTempDirectory("tasksync-chromium").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
