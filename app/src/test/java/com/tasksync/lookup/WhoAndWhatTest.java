package com.tasksync.lookup;

import static com.tasksync.support.SalesforceRep.task;
import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.salesforce.client.record.SObject;
import com.tasksync.support.SalesforceRep;
import com.tasksync.support.SyncTestBase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Who and what point to Salesforce records: a rep finds them by name with their own session, a task
 * that syncs takes only ids of the right kind (text is refused naming the field, never kept and silently
 * left out), and the names of the records tasks point to are read and kept for the pages.
 */
class WhoAndWhatTest extends SyncTestBase {

    @Autowired
    private NameFillJob fill;

    @Autowired
    private SalesforceNames names;

    @Test
    void aRepFindsContactsAndLeadsForWhoAndAccountsAndOpportunitiesForWhat() {
        var syncing = startSyncing();
        var rep = syncing.rep();
        var jane = create(rep, SObject.of("Contact").with("FirstName", "Jane").with("LastName", "Doe"));
        var janet = create(rep, SObject.of("Lead").with("FirstName", "Janet").with("LastName", "Smith")
                .with("Company", "Smith & Co"));
        create(rep, SObject.of("Contact").with("FirstName", "Ada").with("LastName", "Lovelace"));
        var bakery = create(rep, SObject.of("Account").with("Name", "Jane's Bakery"));

        var who = lookup(syncing, "who", "jan");
        var what = lookup(syncing, "what", "JANE");

        assertThat(who).extracting(n -> n.get("id").stringValue() + " " + n.get("name").stringValue() + " "
                + n.get("type").stringValue()).containsExactly(jane + " Jane Doe Contact", janet + " Janet Smith Lead");
        assertThat(what).extracting(n -> n.get("id").stringValue() + " " + n.get("name").stringValue())
                .containsExactly(bakery + " Jane's Bakery");
        // what was found is kept: the pages show the name without asking Salesforce
        assertThat(names.kept(syncing.user().id(), List.of(jane, bakery)))
                .containsOnlyKeys(jane, bakery).extractingByKey(jane).extracting(Named::name).isEqualTo("Jane Doe");
    }

    @Test
    void aSearchTakesItsTextLiterallyAndRefusesWhatItCannotAnswer() {
        var syncing = startSyncing();
        create(syncing.rep(), SObject.of("Account").with("Name", "Acme"));

        assertThat(lookup(syncing, "what", "%%")).isEmpty();
        assertThat(lookup(syncing, "what", "a_m")).isEmpty();
        var tooShort = api(syncing.user()).get("/api/salesforce/lookup?field=what&q=a");
        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(tooShort.text()).contains("\"q\"");
        var badField = api(syncing.user()).get("/api/salesforce/lookup?field=owner&q=acme");
        assertThat(badField.status()).isEqualTo(400);
        assertThat(badField.text()).contains("\"field\"");
        var notConnected = api(newUser()).get("/api/salesforce/lookup?field=what&q=acme");
        assertThat(notConnected.status()).isEqualTo(409);
        assertThat(notConnected.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aTaskThatSyncsTakesOnlyIdsOfTheRightKindAndTheChosenOnesReachSalesforce() {
        var syncing = startSyncing();
        var rep = syncing.rep();
        var jane = create(rep, SObject.of("Contact").with("LastName", "Doe"));
        var acme = create(rep, SObject.of("Account").with("Name", "Acme"));
        var api = api(syncing.user());

        var typed = api.post("/api/tasks", Map.of("subject", "Call Jane", "who", "Jane Doe", "what", jane));
        assertThat(typed.status()).isEqualTo(400);
        assertThat(typed.text()).contains("\"who\"", "\"what\"", "contact or lead");
        assertThat(taskCount(syncing.user())).isZero();

        var picked = api.post("/api/tasks", Map.of("subject", "Call Jane", "who", jane, "what", acme));
        assertThat(picked.status()).isEqualTo(201);
        relay();
        var salesforceId = rep.tasks().stream().filter(t -> "Call Jane".equals(t.string("Subject"))).findFirst()
                .orElseThrow().id();
        var record = rep.find(salesforceId).orElseThrow();
        assertThat(record.string("WhoId")).isEqualTo(jane);
        assertThat(record.string("WhatId")).isEqualTo(acme);

        var id = picked.json().get("id").stringValue();
        var edit = api.patch("/api/tasks/" + id, Map.of("what", "Acme Corp"));
        assertThat(edit.status()).isEqualTo(400);
        assertThat(edit.text()).contains("\"what\"");
        assertThat(api.get("/api/tasks/" + id).json().get("what").stringValue()).isEqualTo(acme);
    }

    @Test
    void withoutSyncWhoAndWhatMayBeTextAndTextFromBeforeSyncStaysAsItIs() {
        var user = newUser();
        var api = api(user);
        var id = api.post("/api/tasks", Map.of("subject", "Call Ada", "who", "Ada at the front desk"))
                .json().get("id").stringValue();
        var org = com.tasksync.support.SalesforceOrg.create();
        connect(user, org.newRep());
        enable(user);

        // an edit that leaves the text as it was passes: the task never went to Salesforce
        assertThat(api.patch("/api/tasks/" + id, Map.of("subject", "Call Ada today")).status()).isEqualTo(200);
        assertThat(api.get("/api/tasks/" + id).json().get("who").stringValue()).isEqualTo("Ada at the front desk");
    }

    @Test
    void theNamesOfTheRecordsTasksPointToAreReadAndKeptAndAnUnreadableOneIsNotNamed() {
        var syncing = startSyncing();
        var rep = syncing.rep();
        var jane = create(rep, SObject.of("Contact").with("FirstName", "Jane").with("LastName", "Doe"));
        var gone = create(rep, SObject.of("Contact").with("LastName", "Gone"));
        var deal = create(rep, SObject.of("Opportunity").with("Name", "Big deal").with("StageName", "Prospecting")
                .with("CloseDate", "2026-12-31"));
        rep.create(task("Call Jane").with("WhoId", jane).with("WhatId", deal));
        rep.create(task("Call Gone").with("WhoId", gone));
        poll();
        rep.client().delete("Contact", gone);
        var user = syncing.user().id();
        assertThat(names.kept(user, List.of(jane, gone, deal))).isEmpty();

        assertThat(fill.fillOnce()).isGreaterThanOrEqualTo(3);

        var kept = names.kept(user, List.of(jane, gone, deal));
        assertThat(kept).containsOnlyKeys(jane, deal);
        assertThat(kept.get(jane).name()).isEqualTo("Jane Doe");
        assertThat(kept.get(deal)).isEqualTo(new Named(deal, "Big deal", "Opportunity"));
        // what was read is not read again within the day
        var calls = apiCalls.totals();
        fill.fillOnce();
        assertThat(apiCalls.totals()).isEqualTo(calls);
    }

    private List<JsonNode> lookup(Syncing syncing, String field, String q) {
        var answer = api(syncing.user()).get("/api/salesforce/lookup?field=" + field + "&q="
                + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        var found = new java.util.ArrayList<JsonNode>();
        answer.json().forEach(found::add);
        return found;
    }

    private static String create(SalesforceRep rep, SObject record) {
        return rep.client().create(record).id();
    }
}
