package com.tasksync.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.connection.Connections;
import com.tasksync.emulator.admin.UserChange;
import com.tasksync.emulator.admin.UserToCreate;
import com.tasksync.emulator.org.Permission;
import com.tasksync.support.AppTestBase;
import com.tasksync.support.Browser;
import com.tasksync.support.SharedEmulator;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class ConnectBrowserTest extends AppTestBase {

    private static Browser browser;

    @Autowired
    Connections connections;

    @Autowired
    JdbcClient jdbc;

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
    void connectsThroughTheEmulatorsAuthorizePageStoresTokensEncryptedAndDisconnects() {
        SharedEmulator.registerApp(port);
        var user = newUser();
        browser.driver().manage().deleteAllCookies();
        browser.open(baseUrl() + "/login");
        browser.type(By.id("email"), user.email());
        browser.type(By.id("password"), user.password());
        browser.click(By.id("sign-in"));
        browser.click(By.id("nav-settings"));

        browser.click(By.id("connect"));
        browser.type(By.id("username"), SharedEmulator.USERNAME);
        browser.type(By.id("password"), SharedEmulator.PASSWORD);
        browser.click(By.id("Login"));
        browser.click(By.id("oaapprove"));

        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("sf-username"), SharedEmulator.USERNAME));
        assertThat(browser.find(By.id("org-id")).getText()).isEqualTo(SharedEmulator.orgId());
        assertThat(browser.driver().getCurrentUrl()).startsWith(baseUrl() + "/settings");
        var tokens = connections.tokens(user.id()).orElseThrow();
        var stored = jdbc.sql("select access_token, refresh_token from salesforce_connection where user_id = :id")
                .param("id", user.id())
                .query((rs, row) -> new String(rs.getBytes(1), StandardCharsets.ISO_8859_1)
                        + new String(rs.getBytes(2), StandardCharsets.ISO_8859_1))
                .single();
        assertThat(stored).doesNotContain(tokens.accessToken()).doesNotContain(tokens.refreshToken());

        browser.click(By.id("sync-enabled"));
        browser.click(By.id("sync-save"));
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("sync-state-value"), "importing"));

        browser.click(By.id("disconnect"));
        browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("not-connected")));
        assertThat(connections.isConnected(user.id())).isFalse();
    }

    @Test
    void anAdminChecksTheConnectedAppAndConnectsTheOrgsIntegrationUser() {
        SharedEmulator.registerApp(port);
        var username = "integration-" + System.nanoTime() + "@acme.example";
        SharedEmulator.emulator().admin().createUser(SharedEmulator.orgId(),
                new UserToCreate(username, "integration-password-1", null, "Ivy", "Integration", null),
                UserChange.none().permit(Permission.VIEW_ALL_DATA, true).permit(Permission.VIEW_SETUP, true));
        var admin = newUser(java.time.ZoneId.of("UTC"), true);
        browser.driver().manage().deleteAllCookies();
        browser.open(baseUrl() + "/login");
        browser.type(By.id("email"), admin.email());
        browser.type(By.id("password"), admin.password());
        browser.click(By.id("sign-in"));
        browser.click(By.id("nav-salesforce"));
        assertThat(browser.find(By.id("callback-url")).getText())
                .isEqualTo(baseUrl() + "/settings/salesforce/callback");

        browser.click(By.id("verify-app"));
        browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("app-check")));
        assertThat(outcome("#app-check", "consumer-key")).isEqualTo("PASS");
        assertThat(outcome("#app-check", "callback")).isEqualTo("PASS");

        browser.click(By.id("connect-integration"));
        browser.type(By.id("username"), username);
        browser.type(By.id("password"), "integration-password-1");
        browser.click(By.id("Login"));
        browser.click(By.id("oaapprove"));

        var org = "#org-" + SharedEmulator.orgId();
        browser.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(org + " .preflight")));
        assertThat(browser.driver().getCurrentUrl()).startsWith(baseUrl() + "/admin/salesforce");
        assertThat(browser.find(By.cssSelector(org + " .integration-user")).getText()).isEqualTo(username);
        assertThat(outcome(org, "view-all-data")).isEqualTo("PASS");
        assertThat(outcome(org, "change-data-capture")).as("Task is not selected in this org").isEqualTo("FAIL");
        assertThat(browser.find(By.cssSelector(org + " .reading")).getAttribute("data-mode")).isEqualTo("ORG_POLL");

        browser.click(By.cssSelector(org + " .disconnect"));
        browser.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(org + " .preflight")));
        assertThat(browser.find(By.id("notice")).getText())
                .contains("Disconnected the integration user of org " + SharedEmulator.orgId());
        assertThat(browser.driver().findElements(By.cssSelector(org + " .reading")))
                .allMatch(reading -> "USER_POLL".equals(reading.getAttribute("data-mode")));
    }

    private static String outcome(String scope, String key) {
        return browser.find(By.cssSelector(scope + " tr[data-key='" + key + "']")).getAttribute("data-outcome");
    }
}
