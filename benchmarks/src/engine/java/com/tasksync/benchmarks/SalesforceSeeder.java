package com.tasksync.benchmarks;

import com.tasksync.emulator.Emulator;
import com.tasksync.emulator.org.User;
import com.tasksync.salesforce.client.SalesforceClient;
import com.tasksync.salesforce.client.auth.ConnectionTokens;
import com.tasksync.salesforce.client.auth.SalesforceConnection;
import com.tasksync.salesforce.client.auth.TokenListener;
import com.tasksync.salesforce.client.record.SObject;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;

/** Seeds a rep's Salesforce tasks for a benchmark through its own session, as the Salesforce UI would. */
final class SalesforceSeeder {

    private final Emulator emulator;
    private final SalesforceClient client;

    SalesforceSeeder(Emulator emulator, User rep) {
        this.emulator = emulator;
        var session = emulator.directory().openSession(rep, "seeding");
        this.client = SalesforceClient.builder(new SalesforceConnection(new ConnectionTokens(
                URI.create(emulator.baseUrl()), session.accessToken(), null), current -> {
                    throw new IllegalStateException("seeding sessions are short");
                }, TokenListener.ignoring())).build();
    }

    /** {@code count} tasks created within the last 23 hours, due over the next weeks. */
    void seedRecent(int count) {
        var now = emulator.admin().now();
        var records = new ArrayList<SObject>(count);
        for (int i = 0; i < count; i++) {
            var at = now.minus(Duration.ofSeconds(60L + (i % 82_000)));
            records.add(SObject.of("Task").with("Subject", "Seeded task " + i).with("Status", "Not Started")
                    .with("Priority", "Normal").with("ActivityDate", LocalDate.of(2026, 11, 1).plusDays(i % 60))
                    .with("CreatedDate", at).with("LastModifiedDate", at));
        }
        var results = client.createAll(records, false);
        if (results.stream().anyMatch(result -> !result.success())) {
            throw new IllegalStateException("seeding failed: " + results.stream().filter(r -> !r.success())
                    .findFirst().orElseThrow());
        }
    }
}
