package com.tasksync.support;

import com.tasksync.emulator.org.User;
import com.tasksync.salesforce.client.SalesforceClient;
import com.tasksync.salesforce.client.auth.ConnectionTokens;
import com.tasksync.salesforce.client.auth.SalesforceConnection;
import com.tasksync.salesforce.client.auth.TokenListener;
import com.tasksync.salesforce.client.auth.TokenResponse;
import com.tasksync.salesforce.client.record.SObject;
import com.tasksync.salesforce.client.soql.Soql;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A Salesforce user in an emulator org, acting in Salesforce itself (as the rep would in the
 * Salesforce UI): seeds, edits and deletes tasks through its own session, which sync never uses.
 */
public final class SalesforceRep {

    private final User user;
    private final SalesforceClient client;
    private final String externalIdColumn;

    SalesforceRep(User user, boolean orgHasExternalId) {
        this.user = user;
        this.externalIdColumn = orgHasExternalId ? ", TaskSync_Id__c" : "";
        var tokens = new ConnectionTokens(URI.create(EngineEmulator.baseUrl()), newSession(user), null);
        this.client = SalesforceClient.builder(new SalesforceConnection(tokens,
                current -> new TokenResponse(newSession(user), null, null, null, null, null, "Bearer", null),
                TokenListener.ignoring())).build();
    }

    /** A fresh session, as signing in again does once the clock has moved past the session timeout. */
    private static String newSession(User user) {
        return EngineEmulator.emulator().directory().openSession(user, "salesforce-ui").accessToken();
    }

    public User user() {
        return user;
    }

    public String id() {
        return user.id();
    }

    public SalesforceClient client() {
        return client;
    }

    /** Creates a task as of now in Salesforce; returns its id. */
    public String create(SObject task) {
        return client.create(task).id();
    }

    /** Creates a task with the given audit dates (the org lets audit fields be set on insert). */
    public String createAt(SObject task, Instant created, Instant lastModified) {
        return create(task.with("CreatedDate", created).with("LastModifiedDate", lastModified));
    }

    public void update(String id, SObject changes) {
        client.update(changes.with("Id", id));
    }

    public void delete(String id) {
        client.delete("Task", id);
    }

    /** The task as Salesforce holds it, deleted ones included (until purged). */
    public Optional<SObject> find(String id) {
        try (var rows = client.queryAll(Soql.of("SELECT Id, OwnerId, Subject, Description, ActivityDate, Status, IsClosed,"
                + " Priority, Type, TaskSubtype, ReminderDateTime, IsReminderSet, WhoId, WhatId, IsDeleted,"
                + " SystemModstamp, LastModifiedDate, CreatedDate" + externalIdColumn + " FROM Task WHERE Id = :id")
                .bind("id", id))) {
            return rows.findFirst();
        }
    }

    /** The live tasks this user owns, oldest first. */
    public List<SObject> tasks() {
        try (var rows = client.query(Soql.of("SELECT Id, Subject, Description, ActivityDate, IsClosed, Priority"
                + externalIdColumn + " FROM Task WHERE OwnerId = :owner ORDER BY CreatedDate, Id").bind("owner", id()))) {
            return rows.toList();
        }
    }

    public static SObject task(String subject) {
        return SObject.of("Task").with("Subject", subject).with("Status", "Not Started").with("Priority", "Normal");
    }
}
