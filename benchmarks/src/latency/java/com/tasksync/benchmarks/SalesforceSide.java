package com.tasksync.benchmarks;

import com.tasksync.torture.http.Exchange;
import com.tasksync.torture.http.Json;
import com.tasksync.torture.http.Reply;
import com.tasksync.torture.salesforce.SalesforceRest;
import java.time.LocalDate;
import java.util.List;

/** Salesforce as the rep uses it: {@code /sobjects/Task} with the rep's session, and a SOQL query to look. */
final class SalesforceSide implements Side {

    private final SalesforceRest salesforce;
    private String latestId;
    private LocalDate latestDueDate;

    SalesforceSide(SalesforceRest salesforce) {
        this.salesforce = salesforce;
    }

    @Override
    public Change create(LocalDate dueDate, String subject) {
        var exchange = salesforce.create(Json.object().put("Subject", subject).put("ActivityDate", dueDate.toString())
                .put("Status", "Not Started").put("Priority", "Normal"));
        latestId = answer(exchange, "creating " + subject).json().path("id").asString();
        latestDueDate = dueDate;
        return new Change(Change.Kind.CREATE, dueDate, subject, exchange.doneAt());
    }

    @Override
    public Change rename(String subject) {
        var exchange = salesforce.update(latestId, Json.object().put("Subject", subject));
        answer(exchange, "renaming " + latestId);
        return new Change(Change.Kind.UPDATE, latestDueDate, subject, exchange.doneAt());
    }

    @Override
    public List<Change.Shown> shown(LocalDate from, LocalDate to) {
        return salesforce.queryAll("SELECT Id, Subject, ActivityDate FROM Task WHERE IsDeleted = false"
                        + " AND ActivityDate >= " + from + " AND ActivityDate <= " + to).stream()
                .map(record -> new Change.Shown(LocalDate.parse(record.path("ActivityDate").asString()),
                        Json.text(record, "Subject")))
                .toList();
    }

    private static Reply answer(Exchange exchange, String what) {
        if (!exchange.acknowledged()) {
            throw new IllegalStateException("Salesforce refused " + what + ": " + exchange.describe());
        }
        return exchange.reply();
    }
}
