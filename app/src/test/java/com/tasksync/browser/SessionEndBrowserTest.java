package com.tasksync.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.support.AppTestBase;
import com.tasksync.support.Browser;
import com.tasksync.support.BrowserPerClass;
import com.tasksync.support.TestUser;
import com.tasksync.support.WebSession;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Pages meet an ended session with pages: sign-in, then back where the rep was with what was typed;
 * a rep on an admin page gets a "not allowed" page. The API keeps its problem bodies.
 */
class SessionEndBrowserTest extends AppTestBase {

    @RegisterExtension
    static final BrowserPerClass chromium = new BrowserPerClass();

    private Browser browser;

    @BeforeEach
    void browser() {
        browser = chromium.get();
    }

    @Test
    void aTaskAddedAfterTheSessionEndedIsKeptThroughSignInAndSentAgain() {
        var user = newUser();
        browser.signIn(baseUrl(), user);
        browser.type(By.id("quick-subject"), "Call the bank about the loan");
        endSession();

        browser.click(By.id("quick-add-button"));

        browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("session-ended")));
        signInOnThePage(user);
        browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("quick-add")));
        assertThat(browser.find(By.id("quick-subject")).getDomProperty("value")).isEqualTo("Call the bank about the loan");
        assertThat(browser.find(By.id("notice")).getText()).contains("send it again");
        assertThat(api(user).get("/api/tasks").json().get("items")).isEmpty();
        browser.click(By.id("quick-add-button"));
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "Added"));
        assertThat(api(user).get("/api/tasks").json().get("items")).singleElement()
                .satisfies(task -> assertThat(task.get("subject").stringValue()).isEqualTo("Call the bank about the loan"));
    }

    @Test
    void anEditSentAfterTheSessionEndedComesBackOnItsFormAfterSignIn() {
        var user = newUser();
        var id = api(user).post("/api/tasks", Map.of("subject", "Draft proposal")).json().get("id").stringValue();
        browser.signIn(baseUrl(), user);
        browser.open(baseUrl() + "/tasks/" + id + "/edit");
        browser.type(By.id("edit-description"), "Three options, prices in the appendix");
        endSession();

        browser.click(By.id("edit-save"));

        browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("session-ended")));
        signInOnThePage(user);
        browser.until(ExpectedConditions.urlContains("/tasks/" + id + "/edit"));
        assertThat(browser.find(By.id("edit-description")).getDomProperty("value"))
                .isEqualTo("Three options, prices in the appendix");
        assertThat(api(user).get("/api/tasks/" + id).json().get("description").isNull()).isTrue();
    }

    @Test
    void aPageOpenedWithoutASessionIsOpenedAfterSignIn() {
        var user = newUser();
        browser.driver().manage().deleteAllCookies();
        browser.open(baseUrl() + "/tasks?view=completed");

        browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in")));
        signInOnThePage(user);

        browser.until(ExpectedConditions.urlContains("/tasks?view=completed"));
    }

    @Test
    void aRepOnAnAdminPageGetsAPageThatSaysSo() {
        var rep = newUser();
        browser.signIn(baseUrl(), rep);
        browser.open(baseUrl() + "/admin/users");

        assertThat(browser.find(By.id("not-allowed")).getText()).isEqualTo("Not allowed");
        var page = WebSession.signedIn(baseUrl(), rep).get("/admin/users");
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        // the API still answers with problem bodies
        var api = api(rep).get("/api/admin/users");
        assertThat(api.status()).isEqualTo(403);
        assertThat(api.contentType()).startsWith("application/problem+json");
    }

    @Test
    void htmxAndScriptsWithoutASessionAreToldToSignInRatherThanGivenTheSignInPage() throws Exception {
        var http = HttpClient.newHttpClient();
        var fragment = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/settings/sync-state"))
                .header("HX-Request", "true").header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(fragment.statusCode()).isEqualTo(401);
        assertThat(fragment.headers().firstValue("HX-Redirect")).hasValue("/login?expired");
        var stamp = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/live/stamp"))
                .header("Accept", "text/plain").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(stamp.statusCode()).isEqualTo(401);
        assertThat(stamp.headers().firstValue("Location")).isEmpty();
    }

    @Test
    void signingOutAfterTheSessionEndedJustSignsOut() {
        var user = newUser();
        browser.signIn(baseUrl(), user);
        endSession();

        browser.click(By.cssSelector(".signout button"));

        browser.until(ExpectedConditions.urlContains("/login?signedOut"));
    }

    private void endSession() {
        // what a session timeout or a server restart does: the browser's session cookie names no session
        browser.driver().manage().deleteAllCookies();
    }

    private void signInOnThePage(TestUser user) {
        browser.type(By.id("email"), user.email());
        browser.type(By.id("password"), user.password());
        browser.click(By.id("sign-in"));
    }
}
