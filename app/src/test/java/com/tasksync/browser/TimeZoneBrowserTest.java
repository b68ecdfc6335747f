package com.tasksync.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.support.AppTestBase;
import com.tasksync.support.Browser;
import com.tasksync.support.TestUser;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class TimeZoneBrowserTest extends AppTestBase {

    private static Browser browser;

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
    void settingsShowsUtcForAUserStoredInTheServersZoneAndSaveKeepsIt() {
        var user = newUser();
        storeZone(user, "Etc/UTC");
        browser.signIn(baseUrl(), user);

        browser.click(By.id("nav-settings"));
        assertThat(selectedZone().getDomProperty("value")).isEqualTo("UTC");
        assertThat(selectedZone().getText()).isEqualTo("UTC");
        browser.click(By.id("zone-save"));

        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "Time zone saved."));
        assertThat(users.get(user.id()).timeZone()).isEqualTo(ZoneId.of("UTC"));
        assertThat(selectedZone().getDomProperty("value")).isEqualTo("UTC");
    }

    @Test
    void settingsShowsAStoredZoneThatIsNotOnTheListAndSaveKeepsIt() {
        var user = newUser();
        storeZone(user, "Etc/GMT+5");
        browser.signIn(baseUrl(), user);

        browser.click(By.id("nav-settings"));
        assertThat(selectedZone().getDomProperty("value")).isEqualTo("Etc/GMT+5");
        browser.click(By.id("zone-save"));

        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "Time zone saved."));
        assertThat(users.get(user.id()).timeZone()).isEqualTo(ZoneId.of("Etc/GMT+5"));
        assertThat(selectedZone().getDomProperty("value")).isEqualTo("Etc/GMT+5");
    }

    @Test
    void settingsSavesAZonePickedFromTheList() {
        var user = newUser();
        browser.signIn(baseUrl(), user);

        browser.click(By.id("nav-settings"));
        new Select(browser.find(By.id("time-zone"))).selectByValue("America/Sao_Paulo");
        browser.click(By.id("zone-save"));

        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "Time zone saved."));
        assertThat(users.get(user.id()).timeZone()).isEqualTo(ZoneId.of("America/Sao_Paulo"));
        assertThat(selectedZone().getDomProperty("value")).isEqualTo("America/Sao_Paulo");
    }

    @Test
    void theCommandCenterOffersTheBrowsersZoneToAUserWhoNeverPickedOne() {
        var user = newUser();
        browser.timeZone("Europe/Paris");
        browser.signIn(baseUrl(), user);

        var offer = browser.find(By.id("zone-proposal"));
        assertThat(offer.isDisplayed()).isTrue();
        assertThat(offer.getText()).contains("Europe/Paris", "UTC");
        assertThat(users.get(user.id()).timeZone()).isEqualTo(ZoneId.of("UTC"));
        browser.click(By.id("zone-proposal-use"));

        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "Time zone saved."));
        assertThat(users.get(user.id()).timeZone()).isEqualTo(ZoneId.of("Europe/Paris"));
        assertThat(selectedZone().getDomProperty("value")).isEqualTo("Europe/Paris");
        browser.click(By.id("nav-command-center"));
        browser.find(By.id("quick-add"));
        assertThat(browser.driver().findElements(By.id("zone-proposal"))).isEmpty();
    }

    @Test
    void keepingTheZoneEndsTheOffer() {
        var user = newUser();
        browser.timeZone("Asia/Tokyo");
        browser.signIn(baseUrl(), user);

        browser.click(By.id("zone-proposal-keep"));

        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "Time zone saved."));
        assertThat(users.get(user.id()).timeZone()).isEqualTo(ZoneId.of("UTC"));
        browser.click(By.id("nav-command-center"));
        browser.find(By.id("quick-add"));
        assertThat(browser.driver().findElements(By.id("zone-proposal"))).isEmpty();
    }

    @Test
    void offersNothingWhenTheBrowserIsInTheUsersZoneUnderAnotherName() {
        var user = newUser();
        browser.timeZone("Etc/UTC");
        browser.signIn(baseUrl(), user);

        assertThat(browser.find(By.id("zone-proposal")).isDisplayed()).isFalse();
    }

    @Test
    void offersNothingToAUserWhoPickedTheirZone() {
        var user = newUser();
        users.changeTimeZone(user.id(), ZoneId.of("UTC"));
        browser.timeZone("Europe/Paris");
        browser.signIn(baseUrl(), user);

        assertThat(browser.driver().findElements(By.id("zone-proposal"))).isEmpty();
    }

    /** A row as an earlier version, or the demo seeding with the JVM's zone, could have left it. */
    private void storeZone(TestUser user, String zone) {
        jdbc.sql("update app_user set time_zone = :zone where id = :id")
                .param("zone", zone)
                .param("id", user.id())
                .update();
    }

    private static WebElement selectedZone() {
        return new Select(browser.find(By.id("time-zone"))).getFirstSelectedOption();
    }

}
