package com.tasksync.browser;

import static com.tasksync.support.SalesforceRep.task;
import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.salesforce.client.record.SObject;
import com.tasksync.support.Browser;
import com.tasksync.support.BrowserPerClass;
import com.tasksync.support.SyncTestBase;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A rep sees who and what by name, not as Salesforce ids, and picks a contact and an account by
 * typing part of their name: the pick reaches Salesforce as the record's id.
 */
class WhoAndWhatBrowserTest extends SyncTestBase {

    @RegisterExtension
    static final BrowserPerClass chromium = new BrowserPerClass();

    @org.springframework.beans.factory.annotation.Autowired
    private com.tasksync.lookup.SalesforceNames names;

    private Browser browser;

    @BeforeEach
    void browser() {
        browser = chromium.get();
    }

    @ParameterizedTest(name = "{0}×{1}")
    @CsvSource({"1366, 900, false", "390, 844, true"})
    void aRepSeesNamesAndPicksAContactAndAnAccountByTypingPartOfTheirNames(int width, int height, boolean phone) {
        var syncing = startSyncing();
        var rep = syncing.rep();
        var today = LocalDate.now(clock.withZone(ZoneId.of("UTC"))).toString();
        var ada = rep.client().create(SObject.of("Contact").with("FirstName", "Ada").with("LastName", "Lovelace")).id();
        var jane = rep.client().create(SObject.of("Contact").with("FirstName", "Jane").with("LastName", "Doe")).id();
        var acme = rep.client().create(SObject.of("Account").with("Name", "Acme Rockets")).id();
        var recordId = rep.create(task("Call Ada").with("WhoId", ada).with("ActivityDate", today));
        poll();
        names.fillMissing(syncing.user().id(), 100);
        browser.viewport(width, height, phone);
        browser.signIn(baseUrl(), syncing.user());

        var row = browser.find(By.cssSelector("#today tr.task"));
        assertThat(row.getText()).contains("Who: Ada Lovelace").doesNotContain(ada);

        row.findElement(By.cssSelector("a.edit")).click();
        assertThat(browser.find(By.id("who-keep")).isSelected()).isTrue();
        assertThat(browser.find(By.id("who-lookup")).getText()).contains("Ada Lovelace", "Contact");
        browser.type(By.id("who-search"), "jan");
        browser.until(ExpectedConditions.presenceOfElementLocated(By.id("who-" + jane)));
        assertThat(browser.find(By.id("who-results")).getText()).contains("Jane Doe").doesNotContain("Ada");
        browser.script("arguments[0].click()", browser.find(By.id("who-" + jane)));
        browser.type(By.id("what-search"), "rocket");
        browser.until(ExpectedConditions.presenceOfElementLocated(By.id("what-" + acme)));
        browser.script("arguments[0].click()", browser.find(By.id("what-" + acme)));
        browser.click(By.id("edit-save"));

        browser.find(By.id("notice"));
        relay();
        var record = rep.find(recordId).orElseThrow();
        assertThat(record.string("WhoId")).isEqualTo(jane);
        assertThat(record.string("WhatId")).isEqualTo(acme);
        browser.open(baseUrl() + "/");
        assertThat(browser.find(By.cssSelector("#today tr.task")).getText())
                .contains("Who: Jane Doe", "What: Acme Rockets");
    }

    @ParameterizedTest(name = "{0}×{1}")
    @CsvSource({"1366, 900, false", "390, 844, true"})
    void textTypedWhereSalesforceTakesOnlyARecordIsRefusedAndSaysWhy(int width, int height, boolean phone) {
        var syncing = startSyncing();
        var id = api(syncing.user()).post("/api/tasks", Map.of("subject", "Call Jane")).json().get("id").stringValue();
        browser.viewport(width, height, phone);
        browser.signIn(baseUrl(), syncing.user());

        // a form posted with text in who, as an old page or a script would send it
        var session = com.tasksync.support.WebSession.signedIn(baseUrl(), syncing.user());
        var page = session.post("/tasks/" + id + "/edit", Map.of("version", "1", "subject", "Call Jane",
                "status", "open", "priority", "normal", "type", "todo", "who", "Jane at Acme"));

        assertThat(page.body()).contains("Who must be a contact or lead picked from Salesforce");
        assertThat(api(syncing.user()).get("/api/tasks/" + id).json().get("who").isNull()).isTrue();
        browser.open(baseUrl() + "/tasks/" + id + "/edit");
        browser.type(By.id("who-search"), "j");
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("who-results"), "Type at least two"));
    }
}
