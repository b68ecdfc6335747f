package com.tasksync.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.support.AppTestBase;
import com.tasksync.support.Browser;
import com.tasksync.support.BrowserPerClass;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** All tasks: search by words, tick several tasks, act on them at once. */
class SearchAndBulkBrowserTest extends AppTestBase {

    @RegisterExtension
    static final BrowserPerClass chromium = new BrowserPerClass();

    private Browser browser;

    @BeforeEach
    void browser() {
        browser = chromium.get();
    }

    @Test
    void searchesThenCompletesTheTickedTasks() {
        var user = newUser();
        var jane = api(user).post("/api/tasks", Map.of("subject", "Call Jane")).json().get("id").stringValue();
        var john = api(user).post("/api/tasks", Map.of("subject", "Book", "description", "call John first"))
                .json().get("id").stringValue();
        var demo = api(user).post("/api/tasks", Map.of("subject", "Prepare the demo")).json().get("id").stringValue();
        browser.signIn(baseUrl(), user);
        browser.click(By.id("nav-tasks"));

        browser.type(By.id("filter-q"), "call");
        browser.click(By.cssSelector("#filters button[type=submit]"));
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#task-results .count"), "2 tasks"));
        assertThat(browser.find(By.id("task-results")).getText()).contains("Call Jane", "Book").doesNotContain("demo");
        browser.click(By.id("pick-" + jane));
        browser.click(By.id("pick-" + john));
        browser.click(By.id("bulk-complete"));

        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "Completed 2 tasks."));
        assertThat(browser.driver().getCurrentUrl()).contains("q=call");
        assertThat(api(user).get("/api/tasks/" + jane).json().get("status").stringValue()).isEqualTo("completed");
        assertThat(api(user).get("/api/tasks/" + john).json().get("status").stringValue()).isEqualTo("completed");
        assertThat(api(user).get("/api/tasks/" + demo).json().get("status").stringValue()).isEqualTo("open");
    }
}
