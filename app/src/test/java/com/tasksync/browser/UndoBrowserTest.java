package com.tasksync.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.support.AppTestBase;
import com.tasksync.support.Browser;
import com.tasksync.support.BrowserPerClass;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Undo after complete and delete; deactivating a user asks first, and a user can be reactivated. */
class UndoBrowserTest extends AppTestBase {

    @RegisterExtension
    static final BrowserPerClass chromium = new BrowserPerClass();

    private Browser browser;

    @BeforeEach
    void browser() {
        browser = chromium.get();
    }

    @Test
    void completeAndDeleteCanBeUndoneFromTheNoticeWhichThenGoesAway() {
        var user = newUser();
        var id = api(user).post("/api/tasks", Map.of("subject", "Call Jane")).json().get("id").stringValue();
        browser.signIn(baseUrl(), user);
        browser.click(By.id("nav-tasks"));

        browser.click(By.cssSelector("tr.task button.complete"));
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "Completed “Call Jane”."));
        browser.click(By.id("undo"));
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "Reopened"));
        assertThat(api(user).get("/api/tasks/" + id).json().get("status").stringValue()).isEqualTo("open");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/tasks");

        browser.click(By.cssSelector("tr.task button.delete"));
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "to Trash"));
        browser.click(By.id("undo"));
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "Restored"));
        assertThat(api(user).get("/api/tasks/" + id).json().get("deletedAt").isNull()).isTrue();
        assertThat(browser.driver().getCurrentUrl()).endsWith("/tasks");

        browser.click(By.cssSelector("tr.task button.complete"));
        browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("undo")));
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(15))
                .until(ExpectedConditions.invisibilityOfElementLocated(By.id("toast")));
    }

    @Test
    void deactivatingAsksFirstAndAUserCanBeReactivated() {
        var admin = newUser(ZoneId.of("UTC"), true);
        var rep = newUser();
        browser.signIn(baseUrl(), admin);
        browser.click(By.id("nav-users"));

        browser.click(By.cssSelector("a.deactivate[aria-label='Deactivate " + rep.email() + "']"));
        browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm-deactivate")));
        assertThat(api(rep).get("/api/tasks").status()).as("nothing happened yet").isEqualTo(200);
        browser.click(By.id("confirm-deactivate"));
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "Deactivated"));
        assertThat(api(rep).get("/api/tasks").status()).isEqualTo(401);

        browser.click(By.cssSelector("button.reactivate[aria-label='Reactivate " + rep.email() + "']"));
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "Reactivated"));
        assertThat(api(rep).get("/api/tasks").status()).isEqualTo(200);
    }
}
